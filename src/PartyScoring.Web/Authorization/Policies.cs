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
    /// <summary>Those who type into a quarter sheet's grid: clerk and secretary.</summary>
    public const string SheetEntry = nameof(SheetEntry);
    /// <summary>Those who decide objections: the secretary, or the office for escalated ones.</summary>
    public const string ObjectionDecision = nameof(ObjectionDecision);
    /// <summary>A party member acting on their own record (objections, declarations).</summary>
    public const string MemberOnly = nameof(MemberOnly);
    /// <summary>乡镇党建办 only (the audit log).</summary>
    public const string OfficeOnly = nameof(OfficeOnly);

    /// <summary>组织管理 and 用户管理: the county (its townships) and the township office (its own subtree).</summary>
    public const string Administration = nameof(Administration);

    /// <summary>评星定级 pages: the office, the county, and a branch secretary for their own branch.</summary>
    public const string StarRatingRead = nameof(StarRatingRead);
    /// <summary>党支部自评: the branch secretary.</summary>
    public const string SelfEvaluation = nameof(SelfEvaluation);
    /// <summary>镇党委考评, public notice, recommendation, naming, rectification list: the township office.</summary>
    public const string TownshipRating = nameof(TownshipRating);
    /// <summary>县级复核, spot check and quota approval: the county reviewer.</summary>
    public const string CountyReview = nameof(CountyReview);
    /// <summary>Annual objections and half-year talks: the branch secretary.</summary>
    public const string YearEndObjectionDecision = nameof(YearEndObjectionDecision);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(TownshipOrCounty, p => p.RequireRole(Roles.TownshipOffice, Roles.CountyReviewer));
        options.AddPolicy(BranchRecords, p => p.RequireRole(
            Roles.TownshipOffice, Roles.CountyReviewer, Roles.BranchSecretary, Roles.BranchClerk, Roles.EvaluationGroup));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.TownshipOffice, Roles.CountyReviewer));
        options.AddPolicy(StarRatingRead, p => p.RequireRole(Roles.TownshipOffice, Roles.CountyReviewer, Roles.BranchSecretary));
        options.AddPolicy(SelfEvaluation, p => p.RequireRole(Roles.BranchSecretary));
        options.AddPolicy(TownshipRating, p => p.RequireRole(Roles.TownshipOffice));
        options.AddPolicy(CountyReview, p => p.RequireRole(Roles.CountyReviewer));
        options.AddPolicy(RosterImport, p => p.RequireRole(Roles.TownshipOffice, Roles.BranchClerk));
        options.AddPolicy(SignedIn, p => p.RequireRole(Roles.All.ToArray()));
        options.AddPolicy(SheetEntry, p => p.RequireRole(Roles.BranchClerk, Roles.BranchSecretary));
        options.AddPolicy(ObjectionDecision, p => p.RequireRole(Roles.BranchSecretary, Roles.TownshipOffice));
        options.AddPolicy(MemberOnly, p => p.RequireRole(Roles.Member));
        options.AddPolicy(OfficeOnly, p => p.RequireRole(Roles.TownshipOffice));
        options.AddPolicy(YearEndObjectionDecision, p => p.RequireRole(Roles.BranchSecretary));
        // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
