using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>
/// Logins the measurements use on a benchmark database: a member and the clerk of the first (200-member) branch,
/// the clerk of the second (100-member) branch, the first township's office and the county.
/// </summary>
public static class BenchUsers
{
    public const string Password = "Bench2026pass";

    public static async Task CreateAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PartyScoringDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var branches = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Take(2).ToListAsync();
        var branch = branches[0];
        var county = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.County);
        var township = await db.Organisations.SingleAsync(o => o.Id == branch.ParentId);
        var member = await db.Members.Where(m => m.BranchId == branch.Id).OrderBy(m => m.Id).FirstAsync();
        await Create(users, "benchmember", Roles.Member, branch.Id, member.Id);
        await Create(users, "benchclerk", Roles.BranchClerk, branch.Id, null);
        await Create(users, "benchcounty", Roles.CountyReviewer, county.Id, null);
        await Create(users, "benchoffice", Roles.TownshipOffice, township.Id, null);
        if (branches.Count > 1)
            await Create(users, "benchclerk100", Roles.BranchClerk, branches[1].Id, null);
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
