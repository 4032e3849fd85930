using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 2 "done when": a clerk of branch A requesting any page or record of branch B gets 403/404 —
/// and a member reaches only their own record.
/// </summary>
public abstract class ScopeHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private sealed record Demo(int BranchA, int BranchB, int MemberOfA, int MemberOfB, int OwnMemberId, int MobileMember);

    private async Task<Demo> DemoAsync() => await app.WithDbAsync(async db =>
    {
        var clerk1 = await db.Users.SingleAsync(u => u.UserName == "clerk1");
        var clerk2 = await db.Users.SingleAsync(u => u.UserName == "clerk2");
        var member1 = await db.Users.SingleAsync(u => u.UserName == "member1");
        var memberOfA = await db.Members.Where(m => m.BranchId == clerk1.OrganisationId && m.Id != member1.MemberId && m.OutflowBranchId == null)
            .Select(m => m.Id).FirstAsync();
        var memberOfB = await db.Members.Where(m => m.BranchId == clerk2.OrganisationId).Select(m => m.Id).FirstAsync();
        var mobile = await db.Members.Where(m => m.OutflowBranchId == clerk2.OrganisationId).Select(m => m.Id).SingleAsync();
        return new Demo(clerk1.OrganisationId, clerk2.OrganisationId, memberOfA, memberOfB, member1.MemberId!.Value, mobile);
    });

    [Fact]
    public async Task ClerkOfBranchAOpensTheirOwnBranchAndMembers()
    {
        var demo = await DemoAsync();
        var clerk = await app.SignedInAsync("clerk1");

        (await clerk.GetAsync($"/Branches/Details/{demo.BranchA}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.GetAsync($"/Members/Details/{demo.MemberOfA}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ClerkOfBranchACannotOpenBranchBOrItsMembers()
    {
        var demo = await DemoAsync();
        var clerk = await app.SignedInAsync("clerk1");

        var branch = await clerk.GetAsync($"/Branches/Details/{demo.BranchB}");
        var member = await clerk.GetAsync($"/Members/Details/{demo.MemberOfB}");
        var lastYear = await clerk.GetAsync($"/Members/Details/{demo.MemberOfB}?year={DateTime.Now.Year - 1}");

        branch.StatusCode.Should().Be(HttpStatusCode.NotFound);
        member.StatusCode.Should().Be(HttpStatusCode.NotFound);
        lastYear.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await member.Content.ReadAsStringAsync()).Should().Contain("不在您的管理范围内").And.NotContain("积分台账");
    }

    [Fact]
    public async Task ClerkOfBranchBCannotOpenBranchA()
    {
        var demo = await DemoAsync();
        var clerk = await app.SignedInAsync("clerk2");

        (await clerk.GetAsync($"/Branches/Details/{demo.BranchA}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/Members/Details/{demo.MemberOfA}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HomeBranchOfAMobileMemberCanReadTheirRecord()
    {
        var demo = await DemoAsync();
        var homeClerk = await app.SignedInAsync("clerk2");

        (await homeClerk.GetAsync($"/Members/Details/{demo.MobileMember}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task MemberSeesOnlyThemself()
    {
        var demo = await DemoAsync();
        var member = await app.SignedInAsync("member1");

        (await member.GetAsync($"/Members/Details/{demo.OwnMemberId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await member.GetAsync($"/Members/Details/{demo.MemberOfA}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await member.GetAsync($"/Members/Details/{demo.MemberOfB}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/Branches/Details/{A}")]
    [InlineData("/Schemes")]
    public async Task MemberCannotOpenStaffPages(string url)
    {
        var demo = await DemoAsync();
        var member = await app.SignedInAsync("member1");

        var response = await member.GetAsync(url.Replace("{A}", demo.BranchA.ToString()));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/AccessDenied");
        (await member.GetAsync(response.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OfficeOpensEveryBranchOfItsTownship()
    {
        var branches = await app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).Select(o => o.Id).ToListAsync());
        var office = await app.SignedInAsync("office");

        foreach (var id in branches)
            (await office.GetAsync($"/Branches/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/Branches/Details/999999")]
    [InlineData("/Members/Details/999999")]
    [InlineData("/Members/Details/abc")]
    [InlineData("/Branches/Details/1?year=99999")]
    public async Task UnknownOrMalformedIdsAreNotFoundNotErrors(string url)
    {
        var office = await app.SignedInAsync("office");

        (await office.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HealthEndpointChecksTheDatabaseWithoutLogin()
    {
        var response = await app.NewClient().GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"database\"").And.Contain("Healthy");
    }

    [Fact]
    public async Task RolesAreTheSixOfTheSpec()
    {
        var roles = await app.WithDbAsync(db => db.Roles.Select(r => r.Name!).ToListAsync());

        roles.Should().BeEquivalentTo(Roles.All);
    }
}

public sealed class SqliteScopeHttpTests(SqliteAppFactory app) : ScopeHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlScopeHttpTests(PostgreSqlAppFactory app) : ScopeHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
