using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Testing;

/// <summary>
/// A real, empty database for one test class: a SQLite file in a temp folder, or a freshly created
/// PostgreSQL database on the server named by PARTYSCORING_TEST_PG (scripts/test.sh starts it and sets it), or a
/// freshly created SQL Server database on the server named by PARTYSCORING_TEST_SQLSERVER (only where one is given).
/// Dropped again on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "PARTYSCORING_TEST_PG";
    public const string SqlServerVariable = "PARTYSCORING_TEST_SQLSERVER";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _databaseName;
    private readonly string? _sqlServerAdmin;

    private TestDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "partyscoring-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_sqliteFolder);
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_sqliteFolder, "test.db"), Pooling = false }.ToString();
            return;
        }
        if (provider == DatabaseProvider.SqlServer)
        {
            _sqlServerAdmin = Environment.GetEnvironmentVariable(SqlServerVariable);
            if (string.IsNullOrWhiteSpace(_sqlServerAdmin))
                throw new InvalidOperationException($"{SqlServerVariable} is not set: there is no SQL Server to test against.");
            _databaseName = "ps_test_" + Guid.NewGuid().ToString("N")[..16];
            RunOnSqlServer($"CREATE DATABASE [{_databaseName}]");
            ConnectionString = new SqlConnectionStringBuilder(_sqlServerAdmin) { InitialCatalog = _databaseName, Pooling = false }.ToString();
            return;
        }

        _postgresAdmin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_postgresAdmin))
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with `bash scripts/test.sh`, which starts PostgreSQL and sets it.");
        _databaseName = "ps_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(_postgresAdmin))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{_databaseName}\" ENCODING 'UTF8' TEMPLATE template0";
            create.ExecuteNonQuery();
        }
        // Pooled, but small and quick to let go: without a pool every request forks a server backend (the PostgreSQL
        // suite ran 7× slower than SQLite's), and a small pool that prunes idle connections keeps two clones of the
        // suite running side by side well under the server's 100 connections.
        ConnectionString = new NpgsqlConnectionStringBuilder(_postgresAdmin)
        {
            Database = _databaseName, Pooling = true, MaxPoolSize = 6, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 5,
        }.ToString();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider) => new(provider);

    /// <summary>Settings that point the app (or AddInfrastructure) at this database.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:" + Provider] = ConnectionString,
    };

    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteFolder, recursive: true); } catch (IOException) { /* a leftover temp file is harmless */ }
            return;
        }
        if (_sqlServerAdmin is not null)
        {
            SqlConnection.ClearAllPools();
            RunOnSqlServer($"ALTER DATABASE [{_databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_databaseName}]");
            return;
        }
        using (var own = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(own);
        // Dropping is cleanup, not an assertion: a background worker of the server (autovacuum runs as the
        // superuser) can hold the database for a moment, so try a few times and leave it behind if it stays busy.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var admin = new NpgsqlConnection(_postgresAdmin);
                admin.Open();
                using var drop = admin.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                Thread.Sleep(500 * attempt);
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"Test database {_databaseName} left behind: {e.MessageText}");
                return;
            }
        }
    }

    private void RunOnSqlServer(string sql)
    {
        using var admin = new SqlConnection(_sqlServerAdmin);
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
