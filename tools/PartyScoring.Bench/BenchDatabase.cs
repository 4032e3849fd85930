using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyScoring.Infrastructure;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>
/// One generated county per size, kept between runs (bench-data/county-N.db, or database partyscoring_bench_N),
/// so measuring again does not pay for generating again. The app's own AddInfrastructure wires it.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private BenchDatabase(ServiceProvider services, string connectionString)
    {
        Services = services;
        ConnectionString = connectionString;
    }

    public ServiceProvider Services { get; }
    public string ConnectionString { get; }

    public static async Task<BenchDatabase> OpenAsync(BenchOptions options, int members, int year)
    {
        var (connection, exists) = options.Provider == DatabaseProvider.Sqlite ? Sqlite(options, members) : await PostgresAsync(options, members);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider.ToString(),
            [options.Provider == DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:PostgreSql"] = connection,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddInfrastructure(configuration, options.DataFolder);
        var provider = services.BuildServiceProvider();
        var database = new BenchDatabase(provider, connection);
        if (exists)
            return database;

        Console.WriteLine($"Generating a county of {members:N0} members on {options.Provider} …");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false);
        var lines = await new CountyGenerator(scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>(), options.Provider)
            .GenerateAsync(members, year);
        await BenchUsers.CreateAsync(scope.ServiceProvider);
        MarkComplete(options, members);
        Console.WriteLine($"  {lines:N0} ledger lines, generated in {watch.Elapsed.TotalSeconds:0} s");
        return database;
    }

    private static string Marker(BenchOptions options, int members) =>
        Path.Combine(options.DataFolder, $"county-{members}.{options.Provider}.complete");

    private static void MarkComplete(BenchOptions options, int members) => File.WriteAllText(Marker(options, members), DateTime.UtcNow.ToString("O"));

    private static (string Connection, bool Exists) Sqlite(BenchOptions options, int members)
    {
        Directory.CreateDirectory(options.DataFolder);
        var file = Path.Combine(options.DataFolder, $"county-{members}.db");
        var complete = File.Exists(Marker(options, members)) && File.Exists(file);
        if (!complete && File.Exists(file))
            File.Delete(file);
        return ($"Data Source={file}", complete);
    }

    private static async Task<(string Connection, bool Exists)> PostgresAsync(BenchOptions options, int members)
    {
        Directory.CreateDirectory(options.DataFolder);
        var admin = options.PostgresAdmin ?? throw new InvalidOperationException("Pass --pg or set PARTYSCORING_BENCH_PG.");
        var name = $"partyscoring_bench_{members}";
        var complete = File.Exists(Marker(options, members));
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            if (!complete)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
                await create.ExecuteNonQueryAsync();
            }
        }
        return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), complete);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
