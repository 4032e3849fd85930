using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Auditing;

/// <summary>
/// Audit:RetentionMonths (default 12, never less than the 6 months 等保 2.0 asks for): older audit lines are purged.
/// The only deletion of audit lines there is — a bulk delete outside the change tracker, which the app's own saves
/// can never do (ChangeRules refuses any edit or delete of an AuditEntry).
/// </summary>
public sealed class AuditRetention(PartyScoringDbContext db, IConfiguration configuration, TimeProvider clock)
{
    public const int MinimumMonths = 6;
    private const int Batch = 5000;

    public int Months => Math.Max(MinimumMonths, configuration.GetValue("Audit:RetentionMonths", 12));

    /// <summary>Deletes the lines older than the retention; returns how many. Lines are appended in time order, so
    /// the oldest come first by id (SQLite cannot compare DateTimeOffset in SQL).</summary>
    public async Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().AddMonths(-Months);
        long? lastOld = null;
        var after = long.MinValue;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.At }).Take(Batch).ToListAsync(ct);
            var old = page.TakeWhile(e => e.At < cutoff).ToList();
            if (old.Count > 0)
                lastOld = old[^1].Id;
            if (old.Count < page.Count || page.Count < Batch)
                break;
            after = page[^1].Id;
        }
        return lastOld is { } last ? await db.AuditEntries.Where(e => e.Id <= last).ExecuteDeleteAsync(ct) : 0;
    }
}
