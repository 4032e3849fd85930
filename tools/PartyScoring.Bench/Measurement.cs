using System.Diagnostics;

namespace PartyScoring.Bench;

/// <summary>Median and spread of several timed runs after a warm-up run that is not counted.</summary>
public sealed record Measurement(string Name, IReadOnlyList<double> Milliseconds, long AllocatedBytes)
{
    public double Median => Sorted[Sorted.Count / 2];
    public double Min => Sorted[0];
    public double Max => Sorted[^1];
    private List<double> Sorted => Milliseconds.Order().ToList();

    public static async Task<Measurement> RunAsync(string name, int runs, Func<Task> action)
    {
        await action(); // warm-up: JIT, connection pool, page cache
        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await action();
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated = Math.Max(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
        }
        var m = new Measurement(name, times, allocated);
        Console.WriteLine($"  {name}: median {m.Median:0} ms (min {m.Min:0}, max {m.Max:0}) over {runs} runs");
        return m;
    }
}
