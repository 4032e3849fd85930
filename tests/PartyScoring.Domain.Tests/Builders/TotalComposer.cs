using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>
/// Composes ledger lines from a scheme's own catalogue that add up to a wanted total, so quota and band tests
/// can say "a member at 92" without spelling out the lines. It checks its own work with the real calculator.
/// </summary>
internal static class TotalComposer
{
    public static (string Code, decimal Amount)[] LinesReaching(ScoringScheme scheme, decimal total)
    {
        var lines = scheme.BaseMode == BaseMode.EarnedByCategory ? Earned(scheme, total) : StartFull(scheme, total);
        var items = scheme.Items.ToDictionary(i => i.Code, i => i.Id);
        var check = PointsCalculator.Compute(scheme, 0,
            lines.Select((l, n) => new ScoredLine(n + 1, 0, items[l.Code], scheme.Item(l.Code).SignedPoints(l.Amount))));
        if (check.Total != total)
            throw new InvalidOperationException($"Composed lines reach {check.Total}, not {total}.");
        return lines;
    }

    private static (string Code, decimal Amount)[] Earned(ScoringScheme scheme, decimal total)
    {
        var lines = new List<(string Code, decimal Amount)>();
        var remaining = total;
        foreach (var item in scheme.Items.Where(i => i.Kind == ItemKind.Base).OrderBy(i => i.SortOrder))
        {
            if (remaining <= 0)
                break;
            var take = Math.Min(remaining, item.AnnualCap ?? item.MaxPoints);
            lines.AddRange(Split(take, item).Select(a => (item.Code, a)));
            remaining -= take;
        }
        return [.. lines];
    }

    private static (string Code, decimal Amount)[] StartFull(ScoringScheme scheme, decimal total)
    {
        var up = Ranged(scheme, scheme.DutyCap > 0 ? ItemKind.Duty : ItemKind.Bonus);
        var down = Ranged(scheme, ItemKind.Deduction);
        var diff = total - scheme.BasePoints;
        decimal upAmount = Math.Max(diff, 0), downAmount = Math.Max(-diff, 0);
        // A gap smaller than one entry's minimum is reached by going up and down by legal amounts.
        if (diff < 0 && downAmount < down.MinPoints)
            (upAmount, downAmount) = (Math.Max(up.MinPoints, down.MinPoints - downAmount), Math.Max(up.MinPoints, down.MinPoints - downAmount) + downAmount);
        else if (diff > 0 && upAmount < up.MinPoints)
            (upAmount, downAmount) = (upAmount + down.MinPoints, down.MinPoints);
        return [.. Split(upAmount, up).Select(a => (up.Code, a)), .. Split(downAmount, down).Select(a => (down.Code, a))];
    }

    private static SchemeItem Ranged(ScoringScheme scheme, ItemKind kind) =>
        scheme.Items.Where(i => i.Kind == kind && !i.IsFixed && !i.RequiresOfficeReview && i.BranchId is null)
            .OrderBy(i => i.MinPoints).ThenByDescending(i => i.MaxPoints).First();

    private static IEnumerable<decimal> Split(decimal amount, SchemeItem item)
    {
        while (amount > 0)
        {
            var take = amount <= item.MaxPoints ? amount
                : amount - item.MaxPoints >= item.MinPoints ? item.MaxPoints
                : amount - item.MinPoints;
            yield return take;
            amount -= take;
        }
    }
}
