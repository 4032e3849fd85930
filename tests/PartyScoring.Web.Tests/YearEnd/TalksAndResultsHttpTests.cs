using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.YearEnd;

/// <summary>
/// 半年一谈话 and 结果运用 over HTTP: the talk list once Q2 is final, a talk recorded by the secretary only, bad input
/// answered in Chinese with nothing written, the office's pending count, and the results page saying where its data comes from.
/// </summary>
public abstract class TalksAndResultsHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private static int Year => DateTime.Now.Year;

    private Task<int> BranchOfAsync(string login) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == login).Select(u => u.OrganisationId).SingleAsync());

    [Fact]
    public async Task TheSecretaryRecordsATalkAndTheOfficeSeesOneFewerPending()
    {
        var branch = await BranchOfAsync("secretary1");
        var secretary = await app.SignedInAsync("secretary1");
        var page = await secretary.GetPageAsync($"/YearEndResults/Talks/{branch}?year={Year}");
        var pending = page.QuerySelectorAll("#talk-list tr.talk-pending").Length;
        pending.Should().BeGreaterThan(0, "the demo has members below the seed-000 talk line of 80 at the half year");
        page.QuerySelectorAll("#talk-list td:nth-child(2)").Select(c => decimal.Parse(c.TextContent)).Should().OnlyContain(t => t < 80);

        var office = await app.SignedInAsync("office");
        string PendingOf(IDocument overview) => overview.QuerySelector($"tr[data-branch-id='{branch}'] .talks-pending")!.TextContent.Trim();
        PendingOf(await office.GetPageAsync($"/YearEnd?year={Year}")).Should().Be(pending.ToString());

        var form = page.QuerySelector<IHtmlFormElement>("#talk-list tr.talk-pending form")!;
        var bad = await secretary.PostFormAsync(form, new Dictionary<string, string>
        {
            ["TalkedOn"] = DateTime.Now.AddDays(3).ToString("yyyy-MM-dd"), ["TalkedBy"] = "书记", ["Summary"] = "提醒按时参加组织生活",
        });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("请填写谈话日期").And.Contain("提醒按时参加组织生活");
        (await app.WithDbAsync(db => db.HalfYearTalks.CountAsync())).Should().Be(0);

        var clerk = await app.SignedInAsync("clerk1");
        var clerkPage = await clerk.GetPageAsync($"/YearEndResults/Talks/{branch}?year={Year}");
        clerkPage.QuerySelector("#talk-list form").Should().BeNull("only the secretary records talks");
        (await clerk.PostAsync($"/YearEndResults/Talks/{branch}?year={Year}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(clerk, "/YearEnd"), ["MemberId"] = form.QuerySelector<IHtmlInputElement>("input[name=MemberId]")!.Value,
            ["TalkedOn"] = DateTime.Now.ToString("yyyy-MM-dd"), ["TalkedBy"] = "文书", ["Summary"] = "x",
        }))).ShouldBeForbidden();

        (await secretary.PostFormAsync(form, new Dictionary<string, string>
        {
            ["TalkedOn"] = DateTime.Now.ToString("yyyy-MM-dd"), ["TalkedBy"] = "支部书记", ["Summary"] = "提醒按时参加组织生活", ["FollowUp"] = "下季度回访",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.HalfYearTalks.CountAsync())).Should().Be(1);
        PendingOf(await office.GetPageAsync($"/YearEnd?year={Year}")).Should().Be((pending - 1).ToString());

        var other = await app.SignedInAsync("secretary2");
        (await other.GetAsync($"/YearEndResults/Talks/{branch}?year={Year}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ResultsSayWhereTheyComeFromAndListProbationaryMembers()
    {
        var branch = await BranchOfAsync("secretary1");
        var secretary = await app.SignedInAsync("secretary1");
        var current = await secretary.GetPageAsync($"/YearEndResults/Branch/{branch}?year={Year}");
        current.QuerySelector("#results-source")!.TextContent.Should().Contain("按已确认积分即时计算");
        current.QuerySelector("#previous-source")!.TextContent.Should().Contain("已归档的年终汇总表");
        current.QuerySelectorAll("#probationary tbody tr").Length.Should().BeGreaterThan(0, "every demo branch has probationary members");
        var last = await secretary.GetPageAsync($"/YearEndResults/Branch/{branch}?year={Year - 1}");
        last.QuerySelector("#results-source")!.TextContent.Should().Contain("已归档的年终汇总表");
        var archivedExcellent = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.BranchId == branch && r.Year == Year - 1)
            .SelectMany(r => r.Entries).CountAsync(e => e.Grade == Domain.Schemes.Grade.Excellent));
        last.QuerySelectorAll("#recommended tbody tr").Length.Should().Be(archivedExcellent);

        var township = await (await app.SignedInAsync("office")).GetPageAsync($"/YearEndResults/Township?year={Year - 1}");
        township.QuerySelectorAll("#township-recommended tbody tr").Length.Should().Be(await app.WithDbAsync(db =>
            db.YearEndRegisters.Where(r => r.Year == Year - 1).SelectMany(r => r.Entries).CountAsync(e => e.Grade == Domain.Schemes.Grade.Excellent)));
        (await secretary.GetAsync($"/YearEndResults/Township?year={Year}")).ShouldBeForbidden();
        (await (await app.SignedInAsync("secretary2")).GetAsync($"/YearEndResults/Branch/{branch}?year={Year}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTalksAndResultsHttpTests(SqliteAppFactory app)
    : TalksAndResultsHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlTalksAndResultsHttpTests(PostgreSqlAppFactory app)
    : TalksAndResultsHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
