using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// One long-lived headless Chromium driven over --remote-debugging-pipe (no port: nothing else on the machine can
/// reach it). .NET cannot hand a child extra file descriptors, so the pipe is two FIFOs in a private folder that a
/// shell opens as descriptors 3 and 4 before exec'ing Chromium. Each document gets its own browser context (no
/// cookies or cache shared between documents) that is thrown away afterwards.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DevToolsPipe _pipe;
    private readonly DirectoryInfo _folder;
    private readonly ILogger _logger;
    private int _disposed;
    private Task<Tab>? _spare;

    private ChromiumBrowser(Process process, DevToolsPipe pipe, DirectoryInfo folder, ILogger logger)
    {
        _process = process;
        ProcessId = process.Id;
        _pipe = pipe;
        _folder = folder;
        _logger = logger;
    }

    public int ProcessId { get; }

    /// <summary>True once the browser went away (exited, crashed or killed) — it will not print again.</summary>
    public bool HasExited => _pipe.IsClosed;

    /// <summary>Completes when the browser went away.</summary>
    public Task Closed => _pipe.Closed;

    public static async Task<ChromiumBrowser> LaunchAsync(string chromiumPath, TimeSpan timeout, ILogger logger)
    {
        var folder = Directory.CreateTempSubdirectory("partyscoring-chromium-"); // mode 700: the FIFOs are ours alone
        var commands = Path.Combine(folder.FullName, "commands");
        var answers = Path.Combine(folder.FullName, "answers");
        MakeFifo(commands);
        MakeFifo(answers);

        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            Environment = { ["PARTYSCORING_DEVTOOLS_IN"] = commands, ["PARTYSCORING_DEVTOOLS_OUT"] = answers },
        };
        foreach (var arg in new[]
                 {
                     "-c", "exec \"$0\" \"$@\" 3<\"$PARTYSCORING_DEVTOOLS_IN\" 4>\"$PARTYSCORING_DEVTOOLS_OUT\"", chromiumPath,
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                     "--disable-extensions", "--mute-audio", "--remote-debugging-pipe",
                     $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", "about:blank",
                 })
            start.ArgumentList.Add(arg);

        var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium did not start");
        // Chromium logs to stderr; the pipes must be drained or it blocks once they fill.
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) logger.LogDebug("Chromium: {Line}", line); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        // Opening a FIFO blocks until the other side opens it too, so both opens run off the caller's thread.
        var toBrowser = Task.Run(() => new FileStream(commands, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0));
        var fromBrowser = Task.Run(() => new FileStream(answers, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0));
        var opened = Task.WhenAll(toBrowser, fromBrowser);
        await Task.WhenAny(opened, process.WaitForExitAsync(), Task.Delay(timeout));
        if (!opened.IsCompletedSuccessfully)
        {
            await AbandonAsync(process, folder, commands, answers, toBrowser, fromBrowser, logger);
            throw new PdfUnavailableException("Chromium did not open its DevTools pipe");
        }

        var browser = new ChromiumBrowser(process, new DevToolsPipe(toBrowser.Result, fromBrowser.Result), folder, logger);
        try
        {
            using var answered = new CancellationTokenSource(timeout);
            await browser._pipe.CallAsync("Browser.getVersion", ct: answered.Token);
            return browser;
        }
        catch (Exception e) when (e is OperationCanceledException or PdfUnavailableException)
        {
            await browser.DisposeAsync();
            throw new PdfUnavailableException("Chromium did not answer on its DevTools pipe");
        }
    }

    /// <summary>
    /// Prints <paramref name="html"/> the way --print-to-pdf did: A4 and margins from the page's CSS (@page), backgrounds
    /// printed, no browser header or footer (the page numbers are the CSS @bottom-center box).
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, bool tagged, CancellationToken ct)
    {
        var tab = await TakeTabAsync(ct);
        try
        {
            // The page is self-contained (CSS inlined, system fonts, no images), so writing it into the blank tab is
            // the whole load: no temporary file, no navigation to wait for. The main frame's id is the target's id.
            await _pipe.CallAsync("Page.setDocumentContent", new JsonObject { ["frameId"] = tab.Target, ["html"] = html }, tab.Session, ct);
            var pdf = await _pipe.CallAsync("Page.printToPDF", new JsonObject
            {
                ["printBackground"] = true,
                ["preferCSSPageSize"] = true,
                ["displayHeaderFooter"] = false,
                ["generateTaggedPDF"] = tagged,
                ["transferMode"] = "ReturnAsBase64",
            }, tab.Session, ct);
            return Convert.FromBase64String(pdf.GetProperty("data").GetString()!);
        }
        finally
        {
            // In the background: the PDF goes back at once, and a timed-out conversion is not held up before the kill.
            if (!_pipe.IsClosed)
                _ = CloseTabAsync(tab).ContinueWith(_ => PrepareSpare(), TaskScheduler.Default);
        }
    }

    /// <summary>A blank tab in a browser context of its own, attached; the document is written into it.</summary>
    private sealed record Tab(string Context, string Target, string Session);

    /// <summary>
    /// The tab opened after the previous conversion (opening one starts a renderer process, ~0.1 s), so the next
    /// conversion finds it ready; a fresh context either way, never a used one.
    /// </summary>
    private async Task<Tab> TakeTabAsync(CancellationToken ct)
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is not null)
        {
            try
            {
                return await spare.WaitAsync(ct);
            }
            catch (PdfUnavailableException e)
            {
                _logger.LogDebug(e, "The spare tab could not be opened; opening another");
            }
            catch (OperationCanceledException)
            {
                _ = spare.ContinueWith(t => t.IsCompletedSuccessfully ? CloseTabAsync(t.Result) : Task.CompletedTask, TaskScheduler.Default).Unwrap();
                throw;
            }
        }
        return await OpenTabAsync(ct);
    }

    private void PrepareSpare()
    {
        if (Volatile.Read(ref _spare) is not null)
            return;
        var opening = Task.Run(async () =>
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            return await OpenTabAsync(quick.Token);
        });
        if (Interlocked.CompareExchange(ref _spare, opening, null) is not null)
            _ = opening.ContinueWith(t => t.IsCompletedSuccessfully ? CloseTabAsync(t.Result) : Task.CompletedTask, TaskScheduler.Default).Unwrap();
    }

    private async Task<Tab> OpenTabAsync(CancellationToken ct)
    {
        var context = (await _pipe.CallAsync("Target.createBrowserContext", new JsonObject { ["disposeOnDetach"] = true }, ct: ct))
            .GetProperty("browserContextId").GetString()!;
        try
        {
            var target = (await _pipe.CallAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank", ["browserContextId"] = context }, ct: ct))
                .GetProperty("targetId").GetString()!;
            var session = (await _pipe.CallAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, ct: ct))
                .GetProperty("sessionId").GetString()!;
            return new Tab(context, target, session);
        }
        catch (Exception e) when (e is OperationCanceledException or PdfUnavailableException)
        {
            if (!_pipe.IsClosed)
                await CloseTabAsync(new Tab(context, "", ""));
            throw;
        }
    }

    private async Task CloseTabAsync(Tab tab)
    {
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _pipe.CallAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = tab.Context }, ct: quick.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or PdfUnavailableException)
        {
            _logger.LogDebug(e, "Could not close browser context {Context}", tab.Context);
        }
    }

    /// <summary>Kills the browser with its renderer and GPU children.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        Kill();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        await _pipe.DisposeAsync();
        _process.Dispose();
        DeleteFolder(_folder, _logger);
    }

    /// <summary>Chromium never opened its ends: open the other ends ourselves so the blocked opens return, then clean up.</summary>
    private static async Task AbandonAsync(Process process, DirectoryInfo folder, string commands, string answers, Task<FileStream> toBrowser, Task<FileStream> fromBrowser, ILogger logger)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        // Opening a FIFO for reading and writing never blocks on Linux and counts as both a reader and a writer.
        await using (new FileStream(commands, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0))
        await using (new FileStream(answers, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0))
        {
            foreach (var open in new[] { toBrowser, fromBrowser })
            {
                try
                {
                    await (await open).DisposeAsync();
                }
                catch (IOException)
                {
                    // Nothing was opened.
                }
            }
        }
        process.Dispose();
        DeleteFolder(folder, logger);
    }

    private static void DeleteFolder(DirectoryInfo folder, ILogger logger)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not remove {Folder}", folder.FullName);
        }
    }

    private static void MakeFifo(string path)
    {
        if (MkFifo(path, Convert.ToUInt32("600", 8)) != 0)
            throw new PdfUnavailableException($"Could not create the DevTools pipe {path} (errno {Marshal.GetLastPInvokeError()})");
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
