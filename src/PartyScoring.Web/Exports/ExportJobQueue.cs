using System.Threading.Channels;

namespace PartyScoring.Web.Exports;

/// <summary>Wakes the runner when a job is queued here; jobs queued by another instance are found by polling the table.</summary>
public sealed class ExportJobQueue
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signal.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan poll, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(poll);
        try
        {
            await _signal.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }
}

/// <summary>Where finished export files are kept (under the data folder, shared by every instance).</summary>
public sealed class ExportStorage(string folder)
{
    public string Folder { get; } = folder;

    public string PathOf(Guid job) => System.IO.Path.Combine(Folder, job.ToString("N") + ".xlsx");
}
