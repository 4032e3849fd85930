using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Quarters;

/// <summary>A quarter sheet walked to a given state through the real transitions.</summary>
internal sealed class SheetBuilder
{
    public static readonly DateTimeOffset At = LineFactory.At;

    public LineFactory Lines { get; } = new(TestSchemes.Township000());

    public QuarterSheet Draft() => Ids.Assign(new QuarterSheet(LineFactory.DefaultBranchId, TestSchemes.Year, 1), 5);

    public QuarterSheet InState(SheetState state)
    {
        var sheet = Draft();
        if (state == SheetState.Draft)
            return sheet;
        sheet.SendToReview(SheetActor.Clerk, "clerk", At);
        if (state == SheetState.InitialReview)
            return sheet;
        sheet.AcceptReview(SheetActor.EvaluationGroup, "group", At, null);
        sheet.ConfirmMeeting(SheetActor.Secretary, "secretary", At, DateOnly.FromDateTime(At.Date), 12, 15, null);
        if (state == SheetState.MeetingConfirmed)
            return sheet;
        sheet.Submit(SheetActor.Secretary, "secretary", At);
        if (state == SheetState.Submitted)
            return sheet;
        sheet.Approve(SheetActor.TownshipOffice, "office", At, null, [], Lines.Scheme);
        if (state == SheetState.PublicNotice)
            return sheet;
        sheet.Finalise(At.AddDays(Lines.Scheme.NoticeDays), 0);
        return sheet;
    }
}
