using System.Diagnostics;

namespace PartyScoring.Bench;

/// <summary>
/// Median and spread of several timed runs after warm-up runs that are not counted. The process's CPU time is kept
/// beside the wall clock: on a shared machine the wall clock mostly measures the queue for a core, while the CPU time
/// of an in-process database (SQLite) still measures the work. It leaves out a database server's own CPU (PostgreSQL).
/// </summary>
public sealed record Measurement(string Name, IReadOnlyList<double> Milliseconds, IReadOnlyList<double> CpuMilliseconds, long AllocatedBytes)
{
    public double Median => MedianOf(Milliseconds);
    public double Min => Milliseconds.Min();
    public double Max => Milliseconds.Max();
    public double CpuMedian => MedianOf(CpuMilliseconds);

    private static double MedianOf(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);

    public static async Task<Measurement> RunAsync(string name, int runs, Func<Task> action) =>
        (await RunInTurnsAsync(runs, 1, (name, action)))[0];

    /// <summary>
    /// Several actions measured in turns (one run of each per round), so that whatever else the machine is doing weighs
    /// on each of them alike, after <paramref name="warmUps"/> uncounted rounds: JIT (the runtime recompiles hot code
    /// in the background, which on a busy machine takes a few runs), connection pool, page cache.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> RunInTurnsAsync(int runs, int warmUps, params (string Name, Func<Task> Action)[] actions)
    {
        for (var i = 0; i < warmUps; i++)
        {
            foreach (var (_, action) in actions)
                await action();
        }
        var times = actions.Select(_ => new List<double>()).ToArray();
        var cpu = actions.Select(_ => new List<double>()).ToArray();
        var allocated = new long[actions.Length];
        for (var run = 0; run < runs; run++)
        {
            for (var a = 0; a < actions.Length; a++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var watch = Stopwatch.StartNew();
                await actions[a].Action();
                watch.Stop();
                times[a].Add(watch.Elapsed.TotalMilliseconds);
                cpu[a].Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
                allocated[a] = Math.Max(allocated[a], GC.GetTotalAllocatedBytes(precise: true) - before);
            }
        }
        var measurements = actions.Select((x, a) => new Measurement(x.Name, times[a], cpu[a], allocated[a])).ToList();
        foreach (var m in measurements)
            Console.WriteLine($"  {m.Name}: median {m.Median:0} ms (min {m.Min:0}, max {m.Max:0}) over {runs} runs; CPU median {m.CpuMedian:0} ms");
        return measurements;
    }
}
