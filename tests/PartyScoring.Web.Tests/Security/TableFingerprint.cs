using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// A hash of every row of every table, so an edit that changes no count is seen too. Small demo tables only:
/// meant for a few dozen posts, not for the fuzz run (which uses <see cref="WriteSnapshot"/>).
/// </summary>
public sealed record TableFingerprint(IReadOnlyDictionary<string, string> Hashes)
{
    public static async Task<TableFingerprint> ReadAsync(AppFactory app, string? onlyTable = null) => await app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
            .Where(t => onlyTable is null || t == onlyTable).Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var hashes = new Dictionary<string, string>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    rows.Add(string.Join('\u001F', values.Select(v => v is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
                }
                rows.Sort(StringComparer.Ordinal);
                hashes[table] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001E', rows))));
            }
            return new TableFingerprint(hashes);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });

    public IReadOnlyList<string> ChangedSince(TableFingerprint before) =>
        Hashes.Where(h => before.Hashes.GetValueOrDefault(h.Key) != h.Value).Select(h => h.Key).ToList();
}
