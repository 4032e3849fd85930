using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>
/// What an administration command did. On anything but Ok nothing was written; <see cref="Key"/> is a resource key (with
/// <see cref="Args"/>) so the page can say it in Chinese next to <see cref="Field"/>.
/// </summary>
public sealed record AdminOutcome(ResultKind Kind, string? Field = null, string? Key = null, object[]? Args = null)
{
    public static AdminOutcome Ok { get; } = new(ResultKind.Ok);
    public static AdminOutcome NotFound { get; } = new(ResultKind.NotFound);
    public static AdminOutcome Forbidden { get; } = new(ResultKind.Forbidden);

    public static AdminOutcome Invalid(string field, string key, params object[] args) => new(ResultKind.Invalid, field, key, args);
}

/// <summary>The administrator acting: their scope (an organisation subtree), their roles and their own login.</summary>
public sealed record AdminActor(UserScope Scope, IReadOnlyList<string> Roles, string UserId)
{
    /// <summary>
    /// Least privilege (issue 13): a role's rank. Nobody grants a role ranked above their own highest role; the county's
    /// reviewer administers townships, a township office its own branches' staff and members.
    /// </summary>
    public static int Rank(string role) => role switch
    {
        Identity.Roles.CountyReviewer => 5,
        Identity.Roles.TownshipOffice => 4,
        Identity.Roles.BranchSecretary => 3,
        Identity.Roles.BranchClerk or Identity.Roles.EvaluationGroup => 2,
        Identity.Roles.Member => 1,
        _ => int.MaxValue,
    };

    public int OwnRank => Roles.Count == 0 ? 0 : Roles.Where(r => Identity.Roles.All.Contains(r)).Select(Rank).DefaultIfEmpty(0).Max();

    public bool MayGrant(string role) => Identity.Roles.All.Contains(role) && Rank(role) <= OwnRank;

    /// <summary>Roles this administrator may give, highest first.</summary>
    public IReadOnlyList<string> GrantableRoles => Identity.Roles.All.Where(MayGrant).OrderByDescending(Rank).ToList();
}
