using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Scoring;
using PartyScoring.Web.Tests.Support;
using static PartyScoring.Web.Tests.Portal.PortalChanges;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>
/// Issue 7: the portal keeps the branch computation between requests, yet every change that moves a member's figures —
/// a newly confirmed line, a reversal, a year-end vote — shows on the very next page.
/// </summary>
public abstract class PortalCacheHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private Task<int> Member1Async() =>
        app.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.UserName == "member1")).MemberId!.Value);

    [Fact]
    public async Task ANewlyConfirmedLineShowsOnTheNextPage()
    {
        var memberId = await Member1Async();
        var member = await app.SignedInAsync("member1");
        var before = await PortalTotalAsync(member, memberId);
        (await PortalTotalAsync(member, memberId)).Should().Be(before, "nothing changed between the two pages");

        await app.WithDbAsync(db => ConfirmedDeductionAsync(db, memberId, 1.5m));

        (await PortalTotalAsync(member, memberId)).Should().Be(before - 1.5m);
        var portal = await member.GetPageAsync($"/Portal/Index/{memberId}");
        portal.QuerySelectorAll("#portal-quarters td").Select(td => td.TextContent.Trim()).Should().Contain("缓存测试扣分");
    }

    [Fact]
    public async Task AReversalShowsOnTheNextPage()
    {
        var memberId = await Member1Async();
        var member = await app.SignedInAsync("member1");
        var line = await app.WithDbAsync(db => ConfirmedDeductionAsync(db, memberId, 2));
        var withDeduction = await PortalTotalAsync(member, memberId);

        await app.WithDbAsync(async db => { await ReverseAsync(db, line); return 0; });

        (await PortalTotalAsync(member, memberId)).Should().Be(withDeduction + 2);
    }

    [Fact]
    public async Task AYearEndVoteShowsOnTheNextPage()
    {
        var memberId = await Member1Async();
        var member = await app.SignedInAsync("member1");
        await app.WithDbAsync(async db => { await CountVotesInTotalAsync(db); return 0; });
        var before = await PortalTotalAsync(member, memberId);

        await app.WithDbAsync(async db => { await VoteAsync(db, memberId, new EvaluationVotes(8, 2, 0, 10)); return 0; });

        (await PortalTotalAsync(member, memberId)).Should().Be(before + 9, "(8 × 10 + 2 × 5) ÷ 10 voters is added to the total");
    }
}

public sealed class SqlitePortalCacheHttpTests(SqliteAppFactory app) : PortalCacheHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlPortalCacheHttpTests(PostgreSqlAppFactory app) : PortalCacheHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
