using Microsoft.AspNetCore.Authorization;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Web.Authorization;

/// <summary>
/// Named policies: who may use a kind of page. Which records they may see is decided separately,
/// by ScopedData, on every query.
/// </summary>
public static class Policies
{
    /// <summary>乡镇党建办 and the county above it.</summary>
    public const string TownshipOrCounty = nameof(TownshipOrCounty);
    /// <summary>Anyone who works on a branch's records: office, secretary, clerk, evaluation group, county.</summary>
    public const string BranchRecords = nameof(BranchRecords);
    /// <summary>Roster import: the office (whole township) and a branch clerk (own branch, through scope).</summary>
    public const string RosterImport = nameof(RosterImport);
    /// <summary>Any signed-in user with a role (members see their own record through scope).</summary>
    public const string SignedIn = nameof(SignedIn);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(TownshipOrCounty, p => p.RequireRole(Roles.TownshipOffice, Roles.CountyReviewer));
        options.AddPolicy(BranchRecords, p => p.RequireRole(
            Roles.TownshipOffice, Roles.CountyReviewer, Roles.BranchSecretary, Roles.BranchClerk, Roles.EvaluationGroup));
        options.AddPolicy(RosterImport, p => p.RequireRole(Roles.TownshipOffice, Roles.BranchClerk));
        options.AddPolicy(SignedIn, p => p.RequireRole(Roles.All.ToArray()));
        // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
