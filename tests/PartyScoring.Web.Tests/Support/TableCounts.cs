using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PartyScoring.Web.Tests.Support;

/// <summary>Row counts of every table of the model (AuditEntries among them): "nothing written" is "no count moved".</summary>
public static class TableCounts
{
    public static Task<Dictionary<string, long>> ReadAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var counts = new Dictionary<string, long>();
            foreach (var table in tables)
                counts[table] = await CountAsync(connection, table);
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });

    private static async Task<long> CountAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
