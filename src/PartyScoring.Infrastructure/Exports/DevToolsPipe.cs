using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// The DevTools protocol over Chromium's --remote-debugging-pipe: JSON messages separated by a NUL byte, commands
/// answered by id, events tagged with the session they belong to. Only what printing a page needs: commands, and
/// waiting for one event of a session. When the browser goes away every pending call fails at once.
/// </summary>
internal sealed class DevToolsPipe : IAsyncDisposable
{
    private readonly Stream _toBrowser;
    private readonly Stream _fromBrowser;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _calls = new();
    private readonly ConcurrentDictionary<(string Session, string Method), TaskCompletionSource> _events = new();
    private readonly Task _reader;
    private int _nextId;
    private volatile bool _closed;

    public DevToolsPipe(Stream toBrowser, Stream fromBrowser)
    {
        _toBrowser = toBrowser;
        _fromBrowser = fromBrowser;
        // A dedicated thread: reads from a FIFO block, and one conversion may wait on them for many seconds.
        _reader = Task.Factory.StartNew(ReadLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Completes when the browser closed its end (exited, crashed or was killed).</summary>
    public Task Closed => _reader;

    public bool IsClosed => _closed;

    public async Task<JsonElement> CallAsync(string method, JsonObject? parameters = null, string? session = null, CancellationToken ct = default)
    {
        if (_closed)
            throw new PdfUnavailableException("Chromium is not running");
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
            message["sessionId"] = session;
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = answer;
        try
        {
            var bytes = Encoding.UTF8.GetBytes(message.ToJsonString() + "\0");
            await _writeLock.WaitAsync(ct);
            try
            {
                await _toBrowser.WriteAsync(bytes, ct);
                await _toBrowser.FlushAsync(ct);
            }
            finally
            {
                _writeLock.Release();
            }
            if (_closed) // the reader may have failed the calls before ours was registered
                throw new PdfUnavailableException("Chromium closed the DevTools pipe");
            return await answer.Task.WaitAsync(ct);
        }
        catch (IOException e)
        {
            throw new PdfUnavailableException($"Chromium closed the DevTools pipe: {e.Message}");
        }
        finally
        {
            _calls.TryRemove(id, out _);
        }
    }

    /// <summary>Registers for the next <paramref name="method"/> event of <paramref name="session"/>; register before the command that causes it.</summary>
    public Task WhenEvent(string session, string method)
    {
        var seen = _events.GetOrAdd((session, method), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return seen.Task;
    }

    private void ReadLoop()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            int read;
            while ((read = _fromBrowser.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                for (var end = Array.IndexOf(buffer, (byte)0, 0, read); end >= 0; end = Array.IndexOf(buffer, (byte)0, start, read - start))
                {
                    message.Write(buffer, start, end - start);
                    Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                    message.SetLength(0);
                    start = end + 1;
                }
                message.Write(buffer, start, read - start);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke: same as the browser closing it.
        }
        finally
        {
            _closed = true;
            foreach (var call in _calls.Values)
                call.TrySetException(new PdfUnavailableException("Chromium closed the DevTools pipe"));
            foreach (var waiter in _events.Values)
                waiter.TrySetException(new PdfUnavailableException("Chromium closed the DevTools pipe"));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (!_calls.TryGetValue(id.GetInt32(), out var call))
                return;
            if (root.TryGetProperty("error", out var error))
                call.TrySetException(new PdfUnavailableException($"Chromium: {error.GetProperty("message").GetString()}"));
            else
                call.TrySetResult(root.GetProperty("result").Clone());
        }
        else if (root.TryGetProperty("method", out var method) && root.TryGetProperty("sessionId", out var session)
                 && _events.TryRemove((session.GetString()!, method.GetString()!), out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _toBrowser.DisposeAsync();
        // The reader ends when the browser process is gone (its end of the pipe closes); the caller kills it first.
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        await _fromBrowser.DisposeAsync();
        _writeLock.Dispose();
    }
}
