using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Evidence;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>
/// Issue 12 §2, scope by construction: a query written with no scope at all (straight on the context's sets) still sees
/// only the signed-in user's rows, because the context filters them. Each check first makes sure the whole database has
/// rows the user must not see, so it could fail.
/// </summary>
public abstract class ScopeFilterTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task AnUnfilteredQueryOfABranchUserReadsNoRowOfAnotherBranch()
    {
        await using var scope = fixture.NewScope();
        var own = (await fixture.ScopedAsAsync(scope, "clerk1")).Scope!.OrganisationId;
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var whole = fixture.NewContext();
        await AddEvidenceOnEveryBranchAsync(whole);
        var ownMembers = await whole.Members.Where(m => m.BranchId == own || m.OutflowBranchId == own).Select(m => m.Id).ToListAsync();
        var ownPath = await whole.Organisations.Where(o => o.Id == own).Select(o => o.Path).SingleAsync();

        (await whole.LedgerLines.CountAsync(l => !ownMembers.Contains(l.MemberId))).Should().BePositive("other branches have lines");
        var lines = await db.LedgerLines.ToListAsync();
        lines.Should().NotBeEmpty().And.OnlyContain(l => ownMembers.Contains(l.MemberId));

        (await db.Members.ToListAsync()).Select(m => m.Id).Should().BeEquivalentTo(ownMembers);
        (await whole.EvidenceFiles.CountAsync(e => !ownMembers.Contains(e.MemberId))).Should().BePositive();
        (await db.EvidenceFiles.ToListAsync()).Should().NotBeEmpty().And.OnlyContain(e => ownMembers.Contains(e.MemberId));

        (await whole.QuarterSheets.CountAsync(s => s.BranchId != own)).Should().BePositive();
        (await db.QuarterSheets.ToListAsync()).Should().NotBeEmpty().And.OnlyContain(s => s.BranchId == own);
        (await db.YearEndRegisters.CountAsync(r => r.BranchId != own)).Should().Be(0);
        (await db.BranchRatings.CountAsync(r => r.BranchId != own)).Should().Be(0);

        // Its own subtree and the organisations above it (the township's name and scheme), never a sibling branch.
        var organisations = await db.Organisations.ToListAsync();
        organisations.Should().Contain(o => o.Id == own).And.Contain(o => o.Kind == OrganisationKind.Township)
            .And.OnlyContain(o => o.Path.StartsWith(ownPath) || ownPath.StartsWith(o.Path));
        (await whole.Organisations.CountAsync(o => o.Kind == OrganisationKind.Branch && o.Id != own)).Should().BePositive();
    }

    [Fact]
    public async Task AnUnfilteredQueryOfAMemberReadsOnlyTheirOwnRecordAndLines()
    {
        await using var scope = fixture.NewScope();
        var memberId = (await fixture.ScopedAsAsync(scope, "member1")).Scope!.MemberId!.Value;
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();

        (await fixture.NewContext().Members.CountAsync()).Should().BeGreaterThan(1);
        (await db.Members.Select(m => m.Id).ToListAsync()).Should().Equal(memberId);
        (await db.LedgerLines.Select(l => l.MemberId).Distinct().ToListAsync()).Should().Equal(memberId);
    }

    [Fact]
    public async Task WithoutAUserNothingIsVisibleUntilANamedBypassIsOpenAndOnlyWhileItIs()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var data = scope.ServiceProvider.GetRequiredService<DataScope>();

        (await db.Members.CountAsync()).Should().Be(0);
        (await db.LedgerLines.CountAsync()).Should().Be(0);
        (await db.Organisations.CountAsync()).Should().Be(0);
        using (data.SeeEverything(ScopeBypass.Tooling))
            (await db.Members.CountAsync()).Should().BePositive();
        (await db.Members.CountAsync()).Should().Be(0, "the bypass ended with its using block");
    }

    /// <summary>The demo has no evidence files: one per branch, on a line of a member of that branch.</summary>
    private static async Task AddEvidenceOnEveryBranchAsync(PartyScoringDbContext whole)
    {
        if (await whole.EvidenceFiles.AnyAsync())
            return;
        var lines = await whole.LedgerLines.GroupBy(l => l.BranchId).Select(g => g.OrderBy(l => l.Id).First()).ToListAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        foreach (var line in lines)
            whole.EvidenceFiles.Add(new EvidenceFile(line.Id, line.MemberId, line.BranchId, "证明.png", png, png.Length, "test", DateTimeOffset.UtcNow));
        await whole.SaveChangesAsync();
    }
}

public sealed class SqliteScopeFilterTests(SqliteFixture f) : ScopeFilterTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlScopeFilterTests(PostgreSqlFixture f) : ScopeFilterTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
