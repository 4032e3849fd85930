using System.Security.Claims;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>The sheet actors a signed-in user acts as, from their Identity roles.</summary>
public static class SheetActors
{
    private static readonly (string Role, SheetActor Actor)[] Map =
    [
        (Roles.BranchClerk, SheetActor.Clerk),
        (Roles.EvaluationGroup, SheetActor.EvaluationGroup),
        (Roles.BranchSecretary, SheetActor.Secretary),
        (Roles.TownshipOffice, SheetActor.TownshipOffice),
    ];

    public static IReadOnlyList<SheetActor> Of(ClaimsPrincipal user) =>
        Map.Where(m => user.IsInRole(m.Role)).Select(m => m.Actor).ToList();

    /// <summary>The first of the user's actors allowed to take the step, or null.</summary>
    public static SheetActor? For(IReadOnlyList<SheetActor> actors, SheetAction action) =>
        actors.Where(a => SheetRules.MayAct(a, action)).Select(a => (SheetActor?)a).FirstOrDefault();
}
