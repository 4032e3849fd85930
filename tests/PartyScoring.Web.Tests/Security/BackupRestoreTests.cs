using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>Issue 8 §6: an online backup of the running demo database, restored, holds every table row for row.</summary>
public sealed class BackupRestoreTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task ABackupTakenWhileTheAppRunsRestoresEveryTableWithTheSameRowsAndContents()
    {
        (await app.SignedInAsync("clerk1")).Should().NotBeNull("the app is running and writing (audit, sessions)");
        var source = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var backup = Path.Combine(Path.GetTempPath(), $"partyscoring-backup-{Guid.NewGuid():N}.db");
        var restored = Path.Combine(Path.GetTempPath(), $"partyscoring-restored-{Guid.NewGuid():N}.db");
        try
        {
            BackupCommand.Backup(source, backup);
            BackupCommand.Backup($"Data Source={backup};Pooling=False", restored);   // restore = the same API back into a fresh file

            var before = Fingerprint(source);
            var after = Fingerprint($"Data Source={restored};Pooling=False");

            before.Should().ContainKey("AuditEntries").And.ContainKey("LedgerLines").And.ContainKey("Members");
            before.Count.Should().BeGreaterThan(15);
            after.Should().Equal(before);
            Scalar($"Data Source={restored};Pooling=False", "PRAGMA integrity_check").Should().Be("ok");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(backup);
            File.Delete(restored);
        }
    }

    /// <summary>Every table: row count and a SHA-256 of all its rows in rowid order.</summary>
    private static Dictionary<string, string> Fingerprint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
                tables.Add(reader.GetString(0));
        }
        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) + "\u001f"));
                hash.AppendData("\u001e"u8);
            }
            result[table] = rows + ":" + Convert.ToHexString(hash.GetHashAndReset());
        }
        return result;
    }

    private static string Scalar(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
