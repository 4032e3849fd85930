using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>Logins the web load test uses on a benchmark database: a member of the first branch, its clerk, the county.</summary>
public static class BenchUsers
{
    public const string Password = "Bench2026pass";

    public static async Task CreateAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PartyScoringDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var branch = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).FirstAsync();
        var county = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.County);
        var member = await db.Members.Where(m => m.BranchId == branch.Id).OrderBy(m => m.Id).FirstAsync();
        await Create(users, "benchmember", Roles.Member, branch.Id, member.Id);
        await Create(users, "benchclerk", Roles.BranchClerk, branch.Id, null);
        await Create(users, "benchcounty", Roles.CountyReviewer, county.Id, null);
    }

    private static async Task Create(UserManager<AppUser> users, string name, string role, int organisationId, int? memberId)
    {
        var user = new AppUser { UserName = name, DisplayName = name, OrganisationId = organisationId, MemberId = memberId };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
    }
}
