using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Demo;

/// <summary>
/// Quarter sheets for the demo: every past quarter walked through the whole cycle to Final (its lines were
/// confirmed by the demo ledger), and the current quarter a draft waiting for the clerk.
/// </summary>
internal static class DemoSheets
{
    public static IEnumerable<QuarterSheet> For(IEnumerable<Organisation> branches, ScoringScheme scheme, int lastQuarter, int? draftQuarter)
    {
        foreach (var branch in branches)
        {
            for (var quarter = 1; quarter <= lastQuarter; quarter++)
            {
                var sheet = new QuarterSheet(branch.Id, scheme.Year, quarter);
                if (quarter != draftQuarter)
                    WalkToFinal(sheet, scheme);
                yield return sheet;
            }
        }
    }

    private static void WalkToFinal(QuarterSheet sheet, ScoringScheme scheme)
    {
        var at = new DateTimeOffset(sheet.Year, sheet.Quarter * 3, 20, 8, 0, 0, TimeSpan.Zero);
        sheet.SendToReview(SheetActor.Clerk, "clerk1", at);
        sheet.AcceptReview(SheetActor.EvaluationGroup, "evaluator1", at.AddDays(1), null);
        sheet.ConfirmMeeting(SheetActor.Secretary, "secretary1", at.AddDays(3), DateOnly.FromDateTime(at.AddDays(2).Date), 15, 17, null);
        sheet.Submit(SheetActor.Secretary, "secretary1", at.AddDays(3));
        sheet.Approve(SheetActor.TownshipOffice, "office", at.AddDays(10), null, [], scheme);
        sheet.Finalise(sheet.NoticeClosesAt!.Value, 0);
    }
}
