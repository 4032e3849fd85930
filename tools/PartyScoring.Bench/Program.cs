using System.Globalization;
using System.Runtime.InteropServices;
using PartyScoring.Bench;

// PartyScoring's own benchmark (issue 7). See README "Benchmark" and docs/benchmarks.md.
var options = BenchOptions.Parse(args);
var year = 2026;
var report = new List<string>();
Console.WriteLine($"PartyScoring benchmark on {options.Provider}, {options.Members:N0} members, {options.Runs} runs after a warm-up");

if (options.GenerateOnly)
{
    await using var generated = await BenchDatabase.OpenAsync(options, options.Members, year);
    Console.WriteLine(generated.ConnectionString);
    return 0;
}

await using (var database = await BenchDatabase.OpenAsync(options, options.Members, year))
{
    var (product, raw, members) = await YearEndScenario.RunAsync(database, year, options.Runs);
    var ratio = product.Median / raw.Median;
    report.Add($"| county year end, {members:N0} members (product path) | {product.Median:0} | {product.Min:0}–{product.Max:0} | {product.AllocatedBytes / 1048576.0:0} MB allocated |");
    report.Add($"| same rows, hand-written SQL aggregate | {raw.Median:0} | {raw.Min:0}–{raw.Max:0} | product ÷ SQL = {ratio:0.00} |");
}

var growth = new List<(int Members, double Median)>();
foreach (var size in options.Growth)
{
    await using var database = await BenchDatabase.OpenAsync(options, size, year);
    var (product, _, _) = await YearEndScenario.RunAsync(database, year, Math.Max(3, options.Runs / 2));
    growth.Add((size, product.Median));
}
for (var i = 0; i < growth.Count; i++)
{
    var perThousand = growth[i].Median / growth[i].Members * 1000;
    report.Add($"| growth: year end at {growth[i].Members:N0} members | {growth[i].Median:0} | | {perThousand:0.00} ms per 1,000 members |");
}

var machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
var section = string.Join('\n',
[
    $"<!-- bench:{options.Provider} -->",
    $"### {options.Provider} — {DateTime.UtcNow:yyyy-MM-dd}",
    "",
    $"Machine: {machine}. Command: `bash scripts/bench.sh --provider {options.Provider} --members {options.Members} --runs {options.Runs}`.",
    "",
    "| measurement | median ms | min–max ms | note |",
    "|---|---:|---:|---|",
    .. report,
    $"<!-- /bench:{options.Provider} -->",
]);
Console.WriteLine(section);
if (options.Report is { } path)
    ReportFile.ReplaceSection(path, options.Provider.ToString(), section);
return 0;
