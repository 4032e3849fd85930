using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>
/// The database-side totals (GROUP BY with exact decimal sums) give the same year as the domain engine fed
/// every line — including a reversed line — for one branch and for the whole township at once.
/// </summary>
public abstract class YearComputationTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task TownshipBatchEqualsTheEngineFedEveryLine()
    {
        var year = DateTime.Now.Year - 1;
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var reversed = await db.LedgerLines.FirstAsync(l => l.Year == year && l.State == LedgerLineState.Confirmed && l.Kind == Domain.Schemes.ItemKind.Bonus);
        db.LedgerLines.Add(reversed.Reverse("测试更正", "office", DateTimeOffset.UtcNow, 4));
        await db.SaveChangesAsync();
        var data = await fixture.ScopedAsAsync(scope, "office");

        var batch = await new BranchYearBatch(data).ComputeUnderAsync(data.Scope!.OrganisationId, year);

        batch.Should().HaveCount(4);
        foreach (var branchYear in batch)
        {
            var members = await db.Members.Include(m => m.Exemptions).Where(m => m.BranchId == branchYear.Branch.Id).ToListAsync();
            var ids = members.Select(m => m.Id).ToList();
            var lines = await db.LedgerLines.Where(l => ids.Contains(l.MemberId) && l.Year == year && l.State == LedgerLineState.Confirmed).ToListAsync();
            var expected = AnnualComputation.Compute(branchYear.Scheme, members.Select(m => ScoredMember.From(m, year)), lines.Select(ScoredLine.From));

            branchYear.Result.Graded.Select(r => (r.Member.Id, r.Points.Total, r.Grade, r.Rank))
                .Should().Equal(expected.Graded.Select(r => (r.Member.Id, r.Points.Total, r.Grade, r.Rank)));
            branchYear.Result.Exempt.Select(r => r.Member.Id).Should().Equal(expected.Exempt.Select(r => r.Member.Id));
        }
        batch.SelectMany(b => b.Everyone).Should().Contain(r => r.Member.Id == reversed.MemberId);
    }

    [Fact]
    public async Task SingleBranchServiceAgreesWithTheBatch()
    {
        var year = DateTime.Now.Year;
        await using var scope = fixture.NewScope();
        var data = await fixture.ScopedAsAsync(scope, "office");
        var branchId = await data.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();

        var single = await new YearPointsService(data).ForBranchAsync(branchId, year);
        var fromBatch = (await new BranchYearBatch(data).ComputeUnderAsync(data.Scope!.OrganisationId, year)).Single(b => b.Branch.Id == branchId);

        single!.Everyone.Select(r => (r.Member.Id, r.Points.Total, r.Grade))
            .Should().BeEquivalentTo(fromBatch.Everyone.Select(r => (r.Member.Id, r.Points.Total, r.Grade)));
    }

    [Fact]
    public async Task ClerkCannotBatchTheTownship()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var township = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Township);
        var data = await fixture.ScopedAsAsync(scope, "clerk1");

        (await new BranchYearBatch(data).ComputeUnderAsync(township.Id, DateTime.Now.Year)).Should().BeEmpty();
    }
}

public sealed class SqliteYearComputationTests(SqliteFixture f) : YearComputationTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlYearComputationTests(PostgreSqlFixture f) : YearComputationTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
