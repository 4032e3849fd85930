using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Scoring;

/// <summary>
/// Turns one member's counted lines into component points under a scheme: item caps first, then
/// category caps (earned base), the duty cap and the annual bonus cap. The total is not floored:
/// deductions beyond the base give a negative total, which the lowest band catches.
/// </summary>
public static class PointsCalculator
{
    public static MemberPoints Compute(ScoringScheme scheme, int memberId, IEnumerable<ScoredLine> memberLines,
        EvaluationVotes? votes = null) =>
        Compute(scheme, memberId, ItemTotal.FromLines(memberLines), votes);

    public static MemberPoints Compute(ScoringScheme scheme, int memberId, IEnumerable<ItemTotal> memberTotals,
        EvaluationVotes? votes = null) =>
        Compute(scheme, scheme.Items.ToDictionary(i => i.Id), memberId, memberTotals.ToArray(), votes);

    /// <summary>
    /// The form used for whole branches: the item lookup is built once per scheme, not once per member. A county's
    /// year end runs this for every member, so it works in plain passes over the member's few totals and makes no
    /// notes list until there is a note.
    /// </summary>
    internal static MemberPoints Compute(ScoringScheme scheme, IReadOnlyDictionary<int, SchemeItem> items, int memberId,
        ReadOnlySpan<ItemTotal> totals, EvaluationVotes? votes)
    {
        foreach (var itemTotal in totals)
        {
            if (!items.ContainsKey(itemTotal.SchemeItemId))
                throw UnknownItem(itemTotal.SchemeItemId);
        }
        List<ComputationNote>? notes = null;

        var basePoints = scheme.BaseMode == BaseMode.StartFullAndDeduct
            ? scheme.BasePoints
            : EarnedBase(scheme, items, totals, ref notes);

        var duty = Capped(items, totals, ItemKind.Duty, null, ref notes);
        if (duty > scheme.DutyCap)
        {
            Note(ref notes, new ComputationNote(ComputationNoteKind.DutyCapReached));
            duty = scheme.DutyCap;
        }

        var bonus = Capped(items, totals, ItemKind.Bonus, null, ref notes);
        if (scheme.BonusAnnualCap is { } bonusCap && bonus > bonusCap)
        {
            Note(ref notes, new ComputationNote(ComputationNoteKind.BonusCapReached));
            bonus = bonusCap;
        }

        // Deduction lines carry negative points; the component is shown as a positive amount.
        var deductions = -Capped(items, totals, ItemKind.Deduction, null, ref notes);

        var vetoed = false;
        foreach (var itemTotal in totals)
        {
            var item = items[itemTotal.SchemeItemId];
            if (item.Kind != ItemKind.Veto || itemTotal.StandingEntries <= 0)
                continue;
            vetoed = true;
            var note = new ComputationNote(ComputationNoteKind.Vetoed, item.Code);
            if (notes is null || !notes.Contains(note))
                Note(ref notes, note);
        }

        var evaluation = votes?.Score(scheme.GoodVoteWeight, scheme.MediumVoteWeight, scheme.PoorVoteWeight);
        var total = basePoints + duty + bonus - deductions;
        if (scheme.EvaluationMode == EvaluationMode.AddToTotal && evaluation is { } added)
            total += added;
        var gradeScore = scheme.EvaluationMode == EvaluationMode.WeightedIntoGrade && evaluation is { } weighted
            ? Common.Points.Round(total * (1 - scheme.EvaluationShare) + weighted * scheme.EvaluationShare)
            : total;

        return new MemberPoints(memberId, basePoints, duty, bonus, deductions, evaluation, total, gradeScore,
            vetoed, notes ?? (IReadOnlyList<ComputationNote>)[]);
    }

    private static decimal EarnedBase(ScoringScheme scheme, IReadOnlyDictionary<int, SchemeItem> items,
        ReadOnlySpan<ItemTotal> totals, ref List<ComputationNote>? notes)
    {
        decimal sum = 0;
        for (var i = 0; i < scheme.Categories.Count; i++)
        {
            var category = scheme.Categories[i];
            var earned = Capped(items, totals, ItemKind.Base, category.Code, ref notes);
            if (earned > category.MaxPoints)
            {
                Note(ref notes, new ComputationNote(ComputationNoteKind.CategoryCapReached, category.Code));
                earned = category.MaxPoints;
            }
            sum += Math.Max(0, earned);
        }
        return sum;
    }

    /// <summary>The sum of the member's items of one kind (and base category), each within its annual cap.</summary>
    private static decimal Capped(IReadOnlyDictionary<int, SchemeItem> items, ReadOnlySpan<ItemTotal> totals, ItemKind kind,
        string? categoryCode, ref List<ComputationNote>? notes)
    {
        decimal sum = 0;
        foreach (var total in totals)
        {
            var item = items[total.SchemeItemId];
            if (item.Kind == kind && (categoryCode is null || item.CategoryCode == categoryCode))
                sum += CapItem(item, total.NetPoints, ref notes);
        }
        return sum;
    }

    /// <summary>An item's annual cap bounds the magnitude of its net points, whichever way they count.</summary>
    private static decimal CapItem(SchemeItem item, decimal net, ref List<ComputationNote>? notes)
    {
        if (item.AnnualCap is not { } cap || Math.Abs(net) <= cap)
            return net;
        Note(ref notes, new ComputationNote(ComputationNoteKind.ItemCapReached, item.Code));
        return Math.Sign(net) * cap;
    }

    private static void Note(ref List<ComputationNote>? notes, ComputationNote note) => (notes ??= []).Add(note);

    private static InvalidOperationException UnknownItem(int id) =>
        new($"Ledger line refers to item {id}, which is not in the scheme version being computed.");
}
