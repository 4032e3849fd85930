using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Tests.SqlServer;

/// <summary>
/// The SQL Server schema as the app would deploy it, built without a server: the idempotent script of every
/// migration in PartyScoring.Migrations.SqlServer (what `dotnet ef migrations script --idempotent` writes) and the
/// relational model the migrations were generated from.
/// </summary>
internal static class SqlServerSchema
{
    // Never opened: generating a script or a model needs only the provider, not a connection.
    private const string Unreachable = "Server=127.0.0.1,1;Database=unused;User Id=unused;Password=unused;TrustServerCertificate=True";

    private static readonly Lazy<(string Script, IRelationalModel Model, IReadOnlyList<string> Migrations)> Built = new(() =>
    {
        var options = new DbContextOptionsBuilder<PartyScoringDbContext>();
        options.UseProvider(DatabaseProvider.SqlServer, Unreachable);
        using var db = new PartyScoringDbContext(options.Options);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return (script, model, db.Database.GetMigrations().ToList());
    });

    public static string Script => Built.Value.Script;
    public static IRelationalModel Model => Built.Value.Model;
    public static IReadOnlyList<string> Migrations => Built.Value.Migrations;

    /// <summary>The column list of one CREATE TABLE statement in the script.</summary>
    public static string CreateTable(string table)
    {
        var start = Script.IndexOf($"CREATE TABLE [{table}] (", StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, $"the script creates table {table}");
        var end = Script.IndexOf("\n    );", start, StringComparison.Ordinal);
        return Script[start..end];
    }
}
