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
        Compute(scheme, scheme.Items.ToDictionary(i => i.Id), memberId, memberTotals, votes);

    /// <summary>The form used for whole branches: the item lookup is built once per scheme, not once per member.</summary>
    internal static MemberPoints Compute(ScoringScheme scheme, IReadOnlyDictionary<int, SchemeItem> items, int memberId,
        IEnumerable<ItemTotal> memberTotals, EvaluationVotes? votes)
    {
        var notes = new List<ComputationNote>();
        var totals = memberTotals.ToList();
        var perItem = totals
            .Select(t => (Item: items.TryGetValue(t.SchemeItemId, out var item) ? item : throw UnknownItem(t.SchemeItemId), Net: t.NetPoints))
            .ToList();

        decimal Capped(ItemKind kind) => perItem.Where(p => p.Item.Kind == kind).Sum(p => CapItem(p.Item, p.Net, notes));

        var basePoints = scheme.BaseMode == BaseMode.StartFullAndDeduct
            ? scheme.BasePoints
            : EarnedBase(scheme, perItem, notes);

        var duty = Capped(ItemKind.Duty);
        if (duty > scheme.DutyCap)
        {
            notes.Add(new ComputationNote(ComputationNoteKind.DutyCapReached));
            duty = scheme.DutyCap;
        }

        var bonus = Capped(ItemKind.Bonus);
        if (scheme.BonusAnnualCap is { } bonusCap && bonus > bonusCap)
        {
            notes.Add(new ComputationNote(ComputationNoteKind.BonusCapReached));
            bonus = bonusCap;
        }

        // Deduction lines carry negative points; the component is shown as a positive amount.
        var deductions = -Capped(ItemKind.Deduction);

        var vetoed = totals
            .Where(t => items[t.SchemeItemId].Kind == ItemKind.Veto && t.StandingEntries > 0)
            .Select(t => items[t.SchemeItemId].Code)
            .Distinct()
            .ToList();
        notes.AddRange(vetoed.Select(code => new ComputationNote(ComputationNoteKind.Vetoed, code)));

        var evaluation = votes?.Score(scheme.GoodVoteWeight, scheme.MediumVoteWeight, scheme.PoorVoteWeight);
        var total = basePoints + duty + bonus - deductions;
        if (scheme.EvaluationMode == EvaluationMode.AddToTotal && evaluation is { } added)
            total += added;
        var gradeScore = scheme.EvaluationMode == EvaluationMode.WeightedIntoGrade && evaluation is { } weighted
            ? Common.Points.Round(total * (1 - scheme.EvaluationShare) + weighted * scheme.EvaluationShare)
            : total;

        return new MemberPoints(memberId, basePoints, duty, bonus, deductions, evaluation, total, gradeScore,
            vetoed.Count > 0, notes);
    }

    private static decimal EarnedBase(ScoringScheme scheme, List<(SchemeItem Item, decimal Net)> perItem, List<ComputationNote> notes)
    {
        decimal sum = 0;
        foreach (var category in scheme.Categories)
        {
            var earned = perItem.Where(p => p.Item.Kind == ItemKind.Base && p.Item.CategoryCode == category.Code)
                .Sum(p => CapItem(p.Item, p.Net, notes));
            if (earned > category.MaxPoints)
            {
                notes.Add(new ComputationNote(ComputationNoteKind.CategoryCapReached, category.Code));
                earned = category.MaxPoints;
            }
            sum += Math.Max(0, earned);
        }
        return sum;
    }

    /// <summary>An item's annual cap bounds the magnitude of its net points, whichever way they count.</summary>
    private static decimal CapItem(SchemeItem item, decimal net, List<ComputationNote> notes)
    {
        if (item.AnnualCap is not { } cap || Math.Abs(net) <= cap)
            return net;
        notes.Add(new ComputationNote(ComputationNoteKind.ItemCapReached, item.Code));
        return Math.Sign(net) * cap;
    }

    private static InvalidOperationException UnknownItem(int id) =>
        new($"Ledger line refers to item {id}, which is not in the scheme version being computed.");
}
