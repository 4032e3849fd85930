using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Row counts of every table plus the newest audit line, read in one query. Every save writes its audit lines in its
/// own transaction, so "the newest audit line did not move" also means "no row was edited", which counts alone miss.
/// </summary>
public sealed record WriteSnapshot(IReadOnlyDictionary<string, long> Counts, long LastAudit)
{
    public static async Task<WriteSnapshot> ReadAsync(AppFactory app) => await app.WithDbAsync(async db =>
    {
        var tables = TablesOf(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"))
                                  + ", (SELECT COALESCE(MAX(\"Id\"), 0) FROM \"AuditEntries\")";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var counts = new Dictionary<string, long>();
            for (var i = 0; i < tables.Count; i++)
                counts[tables[i]] = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            return new WriteSnapshot(counts, Convert.ToInt64(reader.GetValue(tables.Count), CultureInfo.InvariantCulture));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });

    /// <summary>Tables whose row count differs, with the change ("LedgerLines +1").</summary>
    public IReadOnlyList<string> ChangesSince(WriteSnapshot before) =>
        Counts.Where(c => before.Counts.GetValueOrDefault(c.Key) != c.Value)
            .Select(c => $"{c.Key} {c.Value - before.Counts.GetValueOrDefault(c.Key):+0;-0}")
            .ToList();

    /// <summary>Tables (other than the audit log) that gained rows since the other snapshot.</summary>
    public IReadOnlySet<string> GrownSince(WriteSnapshot before) =>
        Counts.Where(c => c.Key != "AuditEntries" && c.Value > before.Counts.GetValueOrDefault(c.Key)).Select(c => c.Key).ToHashSet();

    public bool SameAs(WriteSnapshot other) => LastAudit == other.LastAudit && ChangesSince(other).Count == 0;

    private static List<string> TablesOf(DbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
}
