using System.Globalization;
using System.Security.Claims;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Scoping;

/// <summary>
/// What a signed-in user may see: an organisation subtree (by path prefix), or — for a user who is only
/// a member — their own member record. Built from the claims put in the cookie at sign-in.
/// </summary>
public sealed record UserScope(int OrganisationId, string OrganisationPath, int? MemberId, bool IsMemberOnly)
{
    public static UserScope? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return null;
        var org = user.FindFirstValue(ScopeClaims.OrganisationId);
        var path = user.FindFirstValue(ScopeClaims.OrganisationPath);
        if (org is null || string.IsNullOrEmpty(path))
            return null;
        int? memberId = user.FindFirstValue(ScopeClaims.MemberId) is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null;
        var staff = Roles.All.Where(r => r != Roles.Member).Any(user.IsInRole);
        return new UserScope(int.Parse(org, CultureInfo.InvariantCulture), path, memberId, IsMemberOnly: !staff);
    }

    /// <summary>Ids on the path from the county down to the scope's organisation, e.g. [1, 4, 9].</summary>
    public IReadOnlyList<int> PathIds =>
        OrganisationPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
