using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>Issue 4 §4: the member portal shows the member's own figures (the engine's, as on the branch page) and nobody else's.</summary>
public abstract class PortalHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private Task<(int MemberId, int BranchId)> Member1Async() => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == "member1");
        var member = await db.Members.SingleAsync(m => m.Id == user.MemberId);
        return (member.Id, member.BranchId);
    });

    [Fact]
    public async Task PortalShowsTheSameTotalGradeAndRankAsTheEngineAndTheBranchPage()
    {
        var year = DateTime.Now.Year;
        var (memberId, branchId) = await Member1Async();
        var engine = await app.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Exemptions).SingleAsync(m => m.Id == memberId);
            var branch = await db.Organisations.SingleAsync(o => o.Id == branchId);
            var scheme = await SchemeLookup.CurrentAsync(db, SchemeLookup.TownshipIdOf(branch), year);
            var lines = (await db.LedgerLines.Where(l => l.MemberId == memberId && l.Year == year && l.State == LedgerLineState.Confirmed).ToListAsync())
                .Select(ScoredLine.From);
            return PointsCalculator.Compute(scheme!, memberId, lines).Total;
        });
        var member = await app.SignedInAsync("member1");
        var secretary = await app.SignedInAsync("secretary1");

        var portal = await member.GetPageAsync($"/Portal/Index/{memberId}");
        var branchPage = await secretary.GetPageAsync($"/Branches/Details/{branchId}");

        var row = branchPage.QuerySelectorAll("table.points-table")[0].QuerySelector($"tr[data-member-id='{memberId}']")!;
        var total = portal.QuerySelector("#portal-total")!.TextContent.Trim();
        decimal.Parse(total, CultureInfo.InvariantCulture).Should().Be(engine);
        total.Should().Be(row.QuerySelector("td.total")!.TextContent.Trim());
        portal.QuerySelector("#portal-grade")!.TextContent.Trim().Should().Be(row.QuerySelector("td.grade")!.TextContent.Trim());
        var rank = row.QuerySelector("td")!.TextContent.Trim();
        portal.QuerySelector("#portal-rank")!.TextContent.Should().StartWith($"第 {rank} 名");
        portal.QuerySelector($"#portal-years tr[data-year='{year}'] .year-total")!.TextContent.Should().Be(total);
        portal.QuerySelectorAll("#portal-quarters table.quarter-lines").Should().NotBeEmpty("each quarter's lines are listed with reasons");
        portal.QuerySelector("#archive-links a[href*='/Exports/Archive']").Should().NotBeNull();
    }

    [Fact]
    public async Task TheNavLinkMyPointsLeadsToThePortal()
    {
        var (memberId, _) = await Member1Async();
        var member = await app.SignedInAsync("member1");

        var home = await member.GetPageAsync("/");

        home.QuerySelector<IHtmlAnchorElement>("#nav-portal")!.GetAttribute("href").Should().Be($"/Portal/Index/{memberId}");
    }

    [Fact]
    public async Task AMemberReadsOnlyTheirOwnPortalAndStaffOnlyTheirBranchs()
    {
        var (memberId, branchId) = await Member1Async();
        var other = await app.WithDbAsync(db => db.Members.Where(m => m.BranchId == branchId && m.Id != memberId).Select(m => m.Id).FirstAsync());
        var member = await app.SignedInAsync("member1");

        (await member.GetAsync($"/Portal/Index/{other}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await member.GetAsync($"/Portal/Index/{memberId}?year=1999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("clerk2")).GetAsync($"/Portal/Index/{memberId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("secretary2")).GetAsync($"/Portal/Index/{memberId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync("secretary1")).GetAsync($"/Portal/Index/{memberId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.NewClient().GetAsync($"/Portal/Index/{memberId}")).StatusCode.Should().Be(HttpStatusCode.Redirect, "anonymous users sign in first");
    }

    [Fact]
    public async Task ThePortalListsTheMembersDeclarationsWithTheAnswerAndNoOneElses()
    {
        var (memberId, _) = await Member1Async();
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var item = await app.WithDbAsync(db => db.SchemeItems.Join(db.Schemes, i => i.SchemeId, s => s.Id, (i, s) => new { i, s })
            .Where(x => x.s.Year == DateTime.Now.Year && x.i.Code == "B01" && x.i.BranchId == null).Select(x => x.i.Id).SingleAsync());
        var member = await app.SignedInAsync("member1");
        var form = (await member.GetPageAsync("/Declarations")).QuerySelector<IHtmlFormElement>("#declaration-form")!;
        (await member.PostFormAsync(form, new Dictionary<string, string>
        {
            ["ItemId"] = item.ToString(CultureInfo.InvariantCulture), ["Amount"] = "2", ["Description"] = "组织村道清扫", ["Evidence"] = "照片三张",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var line = await app.WithDbAsync(db => db.LedgerLines.Where(l => l.MemberId == memberId && l.Source == LedgerSource.MemberDeclaration)
            .OrderByDescending(l => l.Id).Select(l => l.Id).FirstAsync());
        var clerk = await app.SignedInAsync("clerk1");
        var decide = (await clerk.GetPageAsync($"/Quarters/Sheet/{sheet}"))
            .QuerySelector<IHtmlFormElement>($"#pending-declarations li[data-line-id='{line}'] form")!;
        (await clerk.PostFormAsync(decide, new Dictionary<string, string> { ["accept"] = "false", ["reason"] = "照片不能说明时间" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var portal = await member.GetPageAsync($"/Portal/Index/{memberId}");

        var row = portal.QuerySelector($"#portal-declarations tr[data-line-id='{line}']")!;
        row.TextContent.Should().Contain("组织村道清扫").And.Contain("未通过").And.Contain("照片不能说明时间");
        var name = await app.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Name).SingleAsync());
        portal.QuerySelectorAll("#portal-declarations tbody tr td:first-child").Select(td => td.TextContent.Trim())
            .Should().OnlyContain(n => n == name, "the portal shows only the member's own declarations");
    }
}

public sealed class SqlitePortalHttpTests(SqliteAppFactory app) : PortalHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlPortalHttpTests(PostgreSqlAppFactory app) : PortalHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
