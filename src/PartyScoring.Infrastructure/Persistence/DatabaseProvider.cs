using Microsoft.EntityFrameworkCore;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>
/// The database the app runs on, chosen by the <c>Database:Provider</c> setting. Each provider has its own
/// migrations assembly, so the same model yields SQL native to each.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DatabaseProviderExtensions
{
    public const string SqliteMigrations = "PartyScoring.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "PartyScoring.Migrations.PostgreSql";
    public const string SqlServerMigrations = "PartyScoring.Migrations.SqlServer";

    public static DatabaseProvider Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) ? provider
        : throw new InvalidOperationException($"Database:Provider '{value}' is not one of Sqlite, PostgreSql, SqlServer.");

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrations)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
}
