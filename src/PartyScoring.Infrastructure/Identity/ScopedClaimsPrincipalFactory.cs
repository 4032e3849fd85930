using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Identity;

/// <summary>Adds the organisation path and member id to the principal at sign-in (and at each security-stamp refresh).</summary>
public sealed class ScopedClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    PartyScoringDbContext db,
    Scoping.DataScope scope)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        string path;
        using (scope.SeeEverything(Scoping.ScopeBypass.SignIn))
            path = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Path).SingleAsync();
        identity.AddClaim(new Claim(ScopeClaims.OrganisationId, user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ScopeClaims.OrganisationPath, path));
        identity.AddClaim(new Claim(ScopeClaims.DisplayName, user.DisplayName));
        if (user.MemberId is { } memberId)
            identity.AddClaim(new Claim(ScopeClaims.MemberId, memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(ScopeClaims.MustChangePassword, "1"));
        if (user.TwoFactorEnabled)
            identity.AddClaim(new Claim(ScopeClaims.TwoFactor, "1"));
        return identity;
    }
}
