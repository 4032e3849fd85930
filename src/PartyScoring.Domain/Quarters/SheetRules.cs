namespace PartyScoring.Domain.Quarters;

/// <summary>
/// SPEC 5: which actor may take which step from which state. The clerk drafts, the evaluation group reviews,
/// the secretary records the meeting and submits, the township office approves or returns, and the system
/// opens and closes the notice window.
/// </summary>
public static class SheetRules
{
    private static readonly Dictionary<SheetAction, (SheetState From, SheetActor[] Actors)> Steps = new()
    {
        [SheetAction.SendToReview] = (SheetState.Draft, [SheetActor.Clerk, SheetActor.Secretary]),
        [SheetAction.AcceptReview] = (SheetState.InitialReview, [SheetActor.EvaluationGroup]),
        [SheetAction.SendBack] = (SheetState.InitialReview, [SheetActor.EvaluationGroup]),
        [SheetAction.ConfirmMeeting] = (SheetState.InitialReview, [SheetActor.Secretary]),
        [SheetAction.Submit] = (SheetState.MeetingConfirmed, [SheetActor.Secretary]),
        [SheetAction.Approve] = (SheetState.Submitted, [SheetActor.TownshipOffice]),
        [SheetAction.Return] = (SheetState.Submitted, [SheetActor.TownshipOffice]),
        [SheetAction.OpenNotice] = (SheetState.Approved, [SheetActor.System]),
        [SheetAction.Finalise] = (SheetState.PublicNotice, [SheetActor.System]),
    };

    /// <summary>
    /// A quarter's sheet is overdue while the branch has not submitted it once the quarter's end plus the grace days have
    /// passed: submitting is the branch's part; what follows waits on the evaluation of others, not on the branch.
    /// </summary>
    public static bool IsOverdue(SheetState? state, CalendarQuarter quarter, int graceDays, DateOnly today) =>
        (state is null || state < SheetState.Submitted) && today > quarter.DueWithGrace(graceDays);

    public static bool MayAct(SheetActor actor, SheetAction action) => Steps[action].Actors.Contains(actor);

    public static SheetState From(SheetAction action) => Steps[action].From;

    /// <summary>The steps an actor could take on a sheet in this state (the buttons a page shows).</summary>
    public static IReadOnlyList<SheetAction> Available(SheetState state, IEnumerable<SheetActor> actors)
    {
        var list = actors.ToList();
        return Steps.Where(s => s.Value.From == state && s.Value.Actors.Any(list.Contains)).Select(s => s.Key).ToList();
    }
}
