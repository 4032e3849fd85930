using System.Globalization;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>
/// Command line: --provider Sqlite|PostgreSql --members 50000 --runs 5 --growth 5000,50000,200000 --data bench-data
/// --report docs/benchmarks.md [--pg connection] [--generate-only: make the database (for the web load script) and stop]
/// [--only exports: the workbook and PDF measurements alone, for working on the exporters]
/// [--year-end-only: the year end and its growth, no workbook or web measurements, and no report written]
/// </summary>
public sealed record BenchOptions(
    DatabaseProvider Provider,
    int Members,
    int Runs,
    IReadOnlyList<int> Growth,
    string DataFolder,
    string? Report,
    string? PostgresAdmin,
    bool GenerateOnly,
    bool ExportsOnly,
    bool YearEndOnly)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            DatabaseProviderExtensions.Parse(Value("--provider")),
            Int("--members", 50_000),
            Int("--runs", 5),
            (Value("--growth") ?? "5000,50000,200000").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            Path.GetFullPath(Value("--data") ?? "bench-data"),
            Value("--report"),
            Value("--pg") ?? Environment.GetEnvironmentVariable("PARTYSCORING_BENCH_PG")
                ?? Environment.GetEnvironmentVariable("PARTYSCORING_TEST_PG"),
            args.Contains("--generate-only"),
            Value("--only") == "exports",
            args.Contains("--year-end-only"));
    }
}
