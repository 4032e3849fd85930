using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>Issue 2 §6: the demo township on first start, and never over existing data.</summary>
public abstract class DemoTownshipTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task DemoHasOneTownshipWithFourBranchesOfDifferentFields()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var orgs = await db.Organisations.ToListAsync();
        orgs.Should().ContainSingle(o => o.Kind == OrganisationKind.Township);
        var branches = orgs.Where(o => o.Kind == OrganisationKind.Branch).ToList();
        branches.Should().HaveCount(4);
        branches.Select(b => b.Field).Should().OnlyHaveUniqueItems();
        branches.Should().OnlyContain(b => b.Path.StartsWith(orgs.Single(o => o.Kind == OrganisationKind.Township).Path));
    }

    [Fact]
    public async Task DemoRosterHasProbationaryActivistExemptAndMobileMembers()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var members = await db.Members.Include(m => m.Exemptions).Include(m => m.BranchHistory).ToListAsync();
        var year = DateTime.Now.Year;
        members.Count.Should().BeInRange(55, 65);
        members.Should().Contain(m => m.Status == MembershipStatus.Probationary);
        members.Should().ContainSingle(m => m.Status == MembershipStatus.Activist);
        members.Should().ContainSingle(m => m.IsExemptIn(year)).Which.AgeReachedIn(year).Should().BeGreaterThanOrEqualTo(70);
        var mobile = members.Should().ContainSingle(m => m.OutflowBranchId != null).Subject;
        mobile.BranchHistory.Should().HaveCount(2, "flowing out closes the home-branch period and opens the inflow one");
    }

    [Fact]
    public async Task DemoHasAYearOfConfirmedLinesAndAUserForEveryRole()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var lastYear = DateTime.Now.Year - 1;
        var quarters = await db.LedgerLines.Where(l => l.Year == lastYear && l.State == LedgerLineState.Confirmed)
            .Select(l => l.Quarter).Distinct().ToListAsync();
        quarters.Should().BeEquivalentTo([1, 2, 3, 4]);

        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select r.Name).Distinct().ToListAsync();
        roles.Should().BeEquivalentTo(Roles.All);
        (await db.Users.CountAsync()).Should().Be(DemoSeeder.Logins.Count);
    }

    [Fact]
    public async Task SeedingAgainDoesNotWriteOverExistingData()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var before = (await db.Members.CountAsync(), await db.LedgerLines.CountAsync(), await db.Users.CountAsync());

        var result = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();

        result.Should().BeNull();
        (await db.Members.CountAsync(), await db.LedgerLines.CountAsync(), await db.Users.CountAsync()).Should().Be(before);
    }
}

public sealed class SqliteDemoTownshipTests(SqliteFixture f) : DemoTownshipTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlDemoTownshipTests(PostgreSqlFixture f) : DemoTownshipTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
