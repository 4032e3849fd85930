using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// Per-member, per-item totals computed by the database (one GROUP BY), which is all the domain engine needs:
/// reading a county's million lines one by one would cost more than the whole computation.
/// Points are stored as whole tenths (PointsConversion), so the sums are exact integers on both providers.
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

    /// <summary><see cref="ItemTotals"/> for a batch, read without EF's per-row cost (<see cref="LeanQuery"/>).</summary>
    public static Task<List<ItemTotal>> ReadItemTotalsAsync(this IQueryable<LedgerLine> lines, DatabaseFacade database,
        CancellationToken ct = default) =>
        // Columns in the order of ItemTotal's constructor; the sum is in stored tenths (PointsConversion).
        LeanQuery.ReadAsync(lines.ItemTotals(), database,
            reader => new ItemTotal(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2) / 10m, reader.GetInt32(3)), ct);
}
