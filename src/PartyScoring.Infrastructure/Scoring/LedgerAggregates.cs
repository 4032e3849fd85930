using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// Per-member, per-item totals computed by the database (one GROUP BY), which is all the domain engine needs:
/// reading a county's million lines one by one would cost more than the whole computation.
/// SQLite sums decimals with EF Core's ef_sum, so the figures stay exact on both providers.
/// </summary>
public static class LedgerAggregates
{
    public static IQueryable<LedgerLine> Counting(this IQueryable<LedgerLine> lines, int year, bool includeDrafts) =>
        lines.Where(l => l.Year == year && (l.State == LedgerLineState.Confirmed || (includeDrafts && l.State == LedgerLineState.Draft)));

    public static IQueryable<ItemTotal> ItemTotals(this IQueryable<LedgerLine> lines) =>
        lines.GroupBy(l => new { l.MemberId, l.SchemeItemId })
            .Select(g => new ItemTotal(
                g.Key.MemberId,
                g.Key.SchemeItemId,
                g.Sum(l => l.Points),
                g.Count(l => l.ReversesLineId == null) - g.Count(l => l.ReversesLineId != null)));
}
