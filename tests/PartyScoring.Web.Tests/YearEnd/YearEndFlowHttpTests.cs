using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.YearEnd;

/// <summary>
/// Issue 4 "done when": the year end of one branch walked by HTTP — each step by its role and refused for another,
/// another branch's register is 404, bad votes give a Chinese message and write nothing, an annual objection blocks
/// submission until decided, and an approved (archived) register cannot be changed by any request.
/// </summary>
public abstract class YearEndFlowHttpTests<TFactory>(TFactory app) where TFactory : ClockedAppFactory
{
    private int Year => app.Clock.GetLocalNow().Year;

    [Fact]
    public async Task TheYearEndRunsFromVotesToArchiveWithEachStepByItsRole()
    {
        var id = await app.RegisterOfAsync("secretary1", Year);
        var evaluator = await app.SignedInAsync("evaluator1");
        var secretary = await app.SignedInAsync("secretary1");
        var clerk = await app.SignedInAsync("clerk1");
        var office = await app.SignedInAsync("office");
        var member = await app.SignedInAsync("member1");
        var otherSecretary = await app.SignedInAsync("secretary2");
        (await app.RegisterStateAsync(id)).Should().Be(YearEndState.Draft, "the demo's current year is not over");

        (await otherSecretary.GetAsync($"/YearEnd/Register/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await otherSecretary.ForcedYearEndStepAsync(app, id, YearEndAction.OpenNotice)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await member.GetAsync($"/YearEndNotices/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "no notice before it opens");

        // Votes: bad ones are refused with a Chinese message and nothing written; good ones saved.
        var bad = await evaluator.VotesAsync(id, "12", "3", "2", "16");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("好、中、差票数之和不能超过测评人数");
        (await evaluator.VotesAsync(id, "-1", "3", "1", "16")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).SelectMany(r => r.Votes).CountAsync())).Should().Be(0);
        (await evaluator.VotesAsync(id, "12", "3", "1", "16")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).SelectMany(r => r.Votes).SingleAsync()))
            .Should().Match<YearEndVote>(v => v.Good == 12 && v.Medium == 3 && v.Poor == 1 && v.Voters == 16);

        (await clerk.ForcedYearEndStepAsync(app, id, YearEndAction.OpenNotice)).ShouldBeForbidden();
        (await evaluator.ForcedYearEndStepAsync(app, id, YearEndAction.OpenNotice)).ShouldBeForbidden();
        await Ok(secretary.YearEndStepAsync(id, YearEndAction.OpenNotice), YearEndState.PublicNotice, id);
        var register = await app.WithDbAsync(db => db.YearEndRegisters.Include(r => r.Entries).SingleAsync(r => r.Id == id));
        register.SchemeVersion.Should().NotBeNull();
        register.Entries.Should().Contain(e => e.Section == YearEndSection.Graded).And.Contain(e => e.Section == YearEndSection.Exempt);

        // Submit waits for the window; an objection blocks it until the secretary decides.
        var early = await secretary.ForcedYearEndStepAsync(app, id, YearEndAction.Submit);
        early.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).Should().Contain("公示期尚未结束");
        var notice = await member.GetPageAsync($"/YearEndNotices/Details/{id}");
        notice.QuerySelectorAll("#notice-graded tbody tr").Length.Should().Be(register.Entries.Count(e => e.Section == YearEndSection.Graded));
        notice.QuerySelector("#notice-graded th:nth-child(3)").Should().NotBeNull();
        notice.QuerySelectorAll("#notice-graded thead th").Length.Should().Be(3, "the notice shows names, totals and grades only");
        (await member.PostFormAsync(notice.QuerySelector<IHtmlFormElement>("#object-form")!,
            new Dictionary<string, string> { ["reason"] = "民主测评票数统计有误" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        app.Clock.Advance(TimeSpan.FromDays(6));
        var blocked = await secretary.ForcedYearEndStepAsync(app, id, YearEndAction.Submit);
        blocked.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await blocked.Content.ReadAsStringAsync()).Should().Contain("还有未处理的异议");
        var objection = await app.WithDbAsync(db => db.YearEndObjections.SingleAsync(o => o.RegisterId == id));
        var page = await secretary.GetPageAsync($"/YearEnd/Register/{id}");
        (await secretary.PostFormAsync(page.QuerySelector<IHtmlFormElement>($"li[data-objection-id='{objection.Id}'] form")!,
            new Dictionary<string, string> { ["uphold"] = "false", ["decision"] = "经核对，票数无误" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await member.GetPageAsync($"/YearEndNotices/Details/{id}")).QuerySelector("#own-objections .objection-answer")!.TextContent.Should().Contain("经核对，票数无误");

        (await clerk.ForcedYearEndStepAsync(app, id, YearEndAction.Submit)).ShouldBeForbidden();
        await Ok(secretary.YearEndStepAsync(id, YearEndAction.Submit), YearEndState.Submitted, id);
        (await secretary.ForcedYearEndStepAsync(app, id, YearEndAction.Approve)).ShouldBeForbidden();
        await Ok(office.YearEndStepAsync(id, YearEndAction.Return, "请补充测评记录"), YearEndState.Draft, id);
        await Ok(secretary.YearEndStepAsync(id, YearEndAction.OpenNotice), YearEndState.PublicNotice, id);
        app.Clock.Advance(TimeSpan.FromDays(6));
        await Ok(secretary.YearEndStepAsync(id, YearEndAction.Submit), YearEndState.Submitted, id);
        await Ok(office.YearEndStepAsync(id, YearEndAction.Approve), YearEndState.Archived, id);

        // Frozen: no request changes an archived register.
        var before = await SnapshotAsync(id);
        var again = await office.ForcedYearEndStepAsync(app, id, YearEndAction.Return);
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).Should().Contain("年终结果已审核归档，不能更改");
        (await secretary.ForcedYearEndStepAsync(app, id, YearEndAction.OpenNotice)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var stamp = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync());
        (await evaluator.PostAsync($"/YearEnd/Votes/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(evaluator, "/YearEnd"), ["concurrencyStamp"] = stamp.ToString(),
            ["votes[0].MemberId"] = before.Entries[0].MemberId.ToString(), ["votes[0].Good"] = "1", ["votes[0].Medium"] = "0",
            ["votes[0].Poor"] = "0", ["votes[0].Voters"] = "1",
        }))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await member.PostAsync($"/YearEndNotices/Object/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(member, "/"), ["reason"] = "再议",
        }))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SnapshotAsync(id)).Should().BeEquivalentTo(before);
        (await office.GetPageAsync($"/YearEnd/Register/{id}")).QuerySelector("#frozen").Should().NotBeNull();
    }

    [Fact]
    public async Task TheOfficeOverviewListsEveryBranchWithTheSchemeDeadlineAndABranchOnlyItsOwn()
    {
        var office = await (await app.SignedInAsync("office")).GetPageAsync($"/YearEnd?year={Year}");
        office.QuerySelectorAll("#year-end-overview tbody tr").Length.Should().Be(4);
        office.QuerySelectorAll("#year-end-overview tbody tr td:nth-child(3)").Select(c => c.TextContent)
            .Should().OnlyContain(d => d == $"{Year}-12-25", "seed 000's deadline is 25 December of the same year");
        var branch = await (await app.SignedInAsync("secretary2")).GetPageAsync($"/YearEnd?year={Year}");
        branch.QuerySelectorAll("#year-end-overview tbody tr").Length.Should().Be(1);
        var last = await (await app.SignedInAsync("office")).GetPageAsync($"/YearEnd?year={Year - 1}");
        last.QuerySelectorAll("#year-end-overview .register-state").Select(c => c.TextContent.Trim())
            .Should().OnlyContain(s => s.StartsWith("已归档"), "the demo archived last year for every branch");
        (await (await app.SignedInAsync("member1")).GetAsync("/YearEnd")).ShouldBeForbidden();
    }

    private Task<(YearEndState State, Guid Stamp, List<YearEndEntry> Entries, int Transitions, int Votes)> SnapshotAsync(int id) =>
        app.WithDbAsync(async db =>
        {
            var r = await db.YearEndRegisters.AsNoTracking().Include(x => x.Entries).Include(x => x.Transitions).Include(x => x.Votes)
                .SingleAsync(x => x.Id == id);
            return (r.State, r.ConcurrencyStamp, r.Entries.OrderBy(e => e.Id).ToList(), r.Transitions.Count, r.Votes.Count);
        });

    private async Task Ok(Task<HttpResponseMessage> step, YearEndState expected, int id)
    {
        var response = await step;
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await app.RegisterStateAsync(id)).Should().Be(expected);
    }
}

public sealed class SqliteYearEndFlowHttpTests(SqliteClockedAppFactory app)
    : YearEndFlowHttpTests<SqliteClockedAppFactory>(app), IClassFixture<SqliteClockedAppFactory>;

public sealed class PostgreSqlYearEndFlowHttpTests(PostgreSqlClockedAppFactory app)
    : YearEndFlowHttpTests<PostgreSqlClockedAppFactory>(app), IClassFixture<PostgreSqlClockedAppFactory>;
