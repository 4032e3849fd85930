namespace PartyScoring.Domain.Scoring;

/// <summary>
/// What the computation needs of one member's lines on one item: their net points, and for veto items how
/// many veto lines stand (entered lines minus the reversing lines that cancel them). A database can produce
/// these with one GROUP BY, so a county's year end need not read every line. A value, not an object: a
/// county's year end reads a quarter of a million of them.
/// </summary>
public readonly record struct ItemTotal(int MemberId, int SchemeItemId, decimal NetPoints, int StandingEntries)
{
    /// <summary>Folds lines into per-item totals; each reversing line cancels the line it reverses.</summary>
    public static IEnumerable<ItemTotal> FromLines(IEnumerable<ScoredLine> lines) =>
        lines.GroupBy(l => (l.MemberId, l.SchemeItemId))
            .Select(g => new ItemTotal(g.Key.MemberId, g.Key.SchemeItemId, g.Sum(l => l.Points),
                g.Count(l => l.ReversesLineId is null) - g.Count(l => l.ReversesLineId is not null)));
}
