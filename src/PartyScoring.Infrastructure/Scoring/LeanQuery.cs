using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// Reads a query's rows straight from the data reader of the command EF Core builds for it, for the batches that read
/// a county's rows by the hundred thousand. EF's own row loop costs about 200 bytes and a couple of microseconds a row
/// (its thread-safety check sets an AsyncLocal for every row), which for a county's year end was more than the whole
/// domain computation. The SQL, scope filter and parameters included, is still EF's.
/// </summary>
internal static class LeanQuery
{
    /// <param name="read">Reads one row; the columns come in the order of the query's projection.</param>
    public static async Task<List<T>> ReadAsync<TRow, T>(IQueryable<TRow> query, DatabaseFacade database, Func<DbDataReader, T> read,
        CancellationToken ct)
    {
        await using var command = query.CreateDbCommand();
        await database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
                rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
