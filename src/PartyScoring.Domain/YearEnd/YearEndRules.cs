using PartyScoring.Domain.Quarters;

namespace PartyScoring.Domain.YearEnd;

/// <summary>
/// SPEC 6: who takes each step of the year end and from which state. The secretary opens the notice and submits, the
/// township office approves or returns; the register and the use case both ask here.
/// </summary>
public static class YearEndRules
{
    private static readonly Dictionary<YearEndAction, (YearEndState From, YearEndState To, SheetActor Actor)> Steps = new()
    {
        [YearEndAction.OpenNotice] = (YearEndState.Draft, YearEndState.PublicNotice, SheetActor.Secretary),
        [YearEndAction.Submit] = (YearEndState.PublicNotice, YearEndState.Submitted, SheetActor.Secretary),
        [YearEndAction.Approve] = (YearEndState.Submitted, YearEndState.Approved, SheetActor.TownshipOffice),
        [YearEndAction.Return] = (YearEndState.Submitted, YearEndState.Draft, SheetActor.TownshipOffice),
    };

    /// <summary>The actor who takes a step a person can ask for; null for the system's own steps (archive, recompute).</summary>
    public static SheetActor? ActorFor(YearEndAction action) => Steps.TryGetValue(action, out var step) ? step.Actor : null;

    public static YearEndState From(YearEndAction action) => Steps[action].From;

    public static YearEndState To(YearEndAction action) => Steps[action].To;
}
