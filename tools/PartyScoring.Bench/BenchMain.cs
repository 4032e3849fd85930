using System.Runtime.InteropServices;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>PartyScoring's own benchmark (issue 7). See README "Benchmark" and docs/benchmarks.md.</summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
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
            if (!options.ExportsOnly)
            {
                var (product, raw, members) = await YearEndScenario.RunAsync(database, year, options.Runs);
                var ratio = product.Median / raw.Median;
                // With SQLite in the process, its CPU time is the work of both sides whatever else the machine is running.
                var (productCpu, ratioCpu) = options.Provider == DatabaseProvider.Sqlite
                    ? ($"; process CPU {product.CpuMedian:0} ms", $" (by CPU time {product.CpuMedian / raw.CpuMedian:0.00})")
                    : ("", "");
                report.Add($"| county year end, {members:N0} members (product path) | {product.Median:0} | {product.Min:0}–{product.Max:0} | {product.AllocatedBytes / 1048576.0:0} MB allocated{productCpu} |");
                report.Add($"| same rows, hand-written SQL aggregate | {raw.Median:0} | {raw.Min:0}–{raw.Max:0} | product ÷ SQL = {ratio:0.00}{ratioCpu} |");
            }
            if (!options.YearEndOnly)
                await AppScenariosAsync(options, database, year, report);
        }

        var growth = new List<(int Members, double Median)>();
        foreach (var size in options.ExportsOnly ? [] : options.Growth)
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

        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        var machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load} at the end";
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
        if (options.Report is { } path && !options.ExportsOnly && !options.YearEndOnly) // a partial run never replaces the full results
            ReportFile.ReplaceSection(path, options.Provider.ToString(), section);
        return 0;
    }

    private static async Task AppScenariosAsync(BenchOptions options, BenchDatabase database, int year, List<string> report)
    {
        await using var app = new BenchApp(options, database.ConnectionString);
        var (endToEnd, writer, bare, peak, workbookMembers) = await WorkbookScenario.RunAsync(app, year, options.Runs);
        report.Add($"| township workbook, {workbookMembers:N0} members, end to end (data, layout, write) | {endToEnd.Median:0} | {endToEnd.Min:0}–{endToEnd.Max:0} | peak working set +{peak / 1048576.0:0} MB |");
        report.Add($"| township workbook, product writer only | {writer.Median:0} | {writer.Min:0}–{writer.Max:0} | writer ÷ bare = {writer.Median / bare.Median:0.00} |");
        report.Add($"| same cells, bare OpenXmlWriter | {bare.Median:0} | {bare.Min:0}–{bare.Max:0} | |");
        var (first, warm) = await WebScenario.BranchPdfAsync(app, year, Math.Max(3, options.Runs / 2));
        var (request, sinceStart) = await WebScenario.BranchPdfAfterStartAsync(options, database.ConnectionString, year, 3);
        report.Add($"| branch register PDF, 200 members, immediately after start (fresh app: sign in, then the PDF) | {request.Median:0} | {request.Min:0}–{request.Max:0} | app start → PDF received {sinceStart.Median:0} ms |");
        report.Add($"| branch register PDF, 200 members, first after warm-up (app up for the workbook runs) | {first:0} | | |");
        report.Add($"| branch register PDF, 200 members, warm | {warm.Median:0} | {warm.Min:0}–{warm.Max:0} | headless Chromium |");
        if (options.ExportsOnly)
            return;
        var grid = await WebScenario.GridSaveAsync(app, year + 1, options.Runs);
        report.Add($"| quarter grid save, 100 members (HTTP POST, one transaction) | {grid.Median:0} | {grid.Min:0}–{grid.Max:0} | |");
    }
}
