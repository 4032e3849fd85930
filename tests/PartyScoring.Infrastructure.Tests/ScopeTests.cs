using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>SPEC 1: every query is scoped — a branch user never reads another branch, a member only themself.</summary>
public abstract class ScopeTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task ClerkSeesOnlyTheirBranchesMembersAndLines()
    {
        await using var scope = fixture.NewScope();
        var data = await fixture.ScopedAsAsync(scope, "clerk1");
        var branchId = data.Scope!.OrganisationId;

        var members = await data.Members.ToListAsync();
        var lines = await data.LedgerLines.Select(l => l.MemberId).Distinct().ToListAsync();

        members.Should().NotBeEmpty().And.OnlyContain(m => m.BranchId == branchId || m.OutflowBranchId == branchId);
        lines.Should().BeSubsetOf(members.Select(m => m.Id));
        (await data.Organisations.Select(o => o.Kind).Distinct().ToListAsync())
            .Should().NotContain([OrganisationKind.Township, OrganisationKind.County]);
    }

    [Fact]
    public async Task MemberSeesOnlyThemself()
    {
        await using var scope = fixture.NewScope();
        var data = await fixture.ScopedAsAsync(scope, "member1");

        (await data.Members.Select(m => m.Id).ToListAsync()).Should().Equal(data.Scope!.MemberId!.Value);
        (await data.LedgerLines.Select(l => l.MemberId).Distinct().ToListAsync()).Should().Equal(data.Scope.MemberId.Value);
    }

    [Fact]
    public async Task OfficeSeesEveryBranchOfItsTownship()
    {
        await using var scope = fixture.NewScope();
        var data = await fixture.ScopedAsAsync(scope, "office");

        (await data.Organisations.CountAsync(o => o.Kind == OrganisationKind.Branch)).Should().Be(4);
        (await data.Members.CountAsync()).Should().Be(await fixture.NewContext().Members.CountAsync());
    }

    [Fact]
    public async Task BranchComputationOutOfScopeIsNotFound()
    {
        await using var scope = fixture.NewScope();
        var data = await fixture.ScopedAsAsync(scope, "clerk1");
        var otherBranch = await fixture.NewContext().Organisations.FirstAsync(o => o.Kind == OrganisationKind.Branch && o.Id != data.Scope!.OrganisationId);
        var service = new YearPointsService(data);

        (await service.ForBranchAsync(otherBranch.Id, DateTime.Now.Year)).Should().BeNull();
        (await service.ForBranchAsync(data.Scope!.OrganisationId, DateTime.Now.Year)).Should().NotBeNull();
    }
}

public sealed class SqliteScopeTests(SqliteFixture f) : ScopeTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlScopeTests(PostgreSqlFixture f) : ScopeTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
