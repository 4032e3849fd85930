using System.Diagnostics;

namespace PartyScoring.Bench;

/// <summary>Samples the process's working set every few milliseconds; reports the peak above the starting level.</summary>
public sealed class WorkingSetSampler : IDisposable
{
    private readonly long _baseline;
    private readonly Timer _timer;
    private long _peak;

    public WorkingSetSampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _baseline = Current();
        _peak = _baseline;
        _timer = new Timer(_ => Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Current())), null, 0, 5);
    }

    public long PeakAboveBaselineBytes => Math.Max(Interlocked.Read(ref _peak), Current()) - _baseline;

    private static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public void Dispose() => _timer.Dispose();
}
