using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// Keeps one headless Chromium running (launched in the background at app start by <see cref="PdfRendererWarmUp"/>,
/// launching it costs ~0.8 s) and prints each document in a fresh tab of it, at most <see cref="PdfSettings.MaxConcurrent"/>
/// at a time. A conversion past the timeout kills the browser with its children; the next conversion, or the
/// background restart after the browser died, launches a new one.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfSettings> options, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable, IDisposable
{
    /// <summary>A browser that dies sooner than this after launch is not relaunched in the background (no crash loop).</summary>
    private static readonly TimeSpan ShortLife = TimeSpan.FromSeconds(30);

    private readonly PdfSettings _settings = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrent));
    private readonly Lock _gate = new();
    private Task<ChromiumBrowser>? _browser;
    private bool _disposed;

    public bool IsAvailable => File.Exists(_settings.ChromiumPath);

    /// <summary>The running browser's process id, or null before the first launch and after it died (for diagnostics and tests).</summary>
    public int? BrowserProcessId => _browser is { IsCompletedSuccessfully: true } launched && !launched.Result.HasExited ? launched.Result.ProcessId : null;

    /// <summary>
    /// Launches the browser if none is running and prints a small Chinese page in it, so the first real document does
    /// not pay for loading the CJK font and the print code either. Never throws: a failed launch is retried by the next conversion.
    /// </summary>
    public async Task WarmUpAsync()
    {
        if (!IsAvailable)
            return;
        try
        {
            await _slots.WaitAsync();
            ChromiumBrowser? browser = null;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_settings.TimeoutSeconds));
                browser = await BrowserAsync().WaitAsync(timeout.Token);
                await browser.PrintAsync(WarmUpPage, _settings.TaggedPdf, timeout.Token);
            }
            catch (OperationCanceledException) when (browser is not null)
            {
                await ForgetAsync(browser); // hung on a one-line page: not fit to print registers either
                throw;
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception e) when (e is PdfUnavailableException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogWarning(e, "Chromium could not be started in advance; the first PDF will try again");
        }
    }

    /// <summary>Regular and bold Chinese text with a table, like the registers (the font and the table code get loaded).</summary>
    private const string WarmUpPage =
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>@page { size: A4 landscape; " +
        "@bottom-center { content: \"第 \" counter(page) \" 页\"; } } body { font-family: \"WenQuanYi Micro Hei\", sans-serif; } " +
        "table { border-collapse: collapse; } th, td { border: 0.6pt solid #000; } th { background: #e6e6e6; }</style></head>" +
        "<body><h1>党员年度积分统计表</h1><table><thead><tr><th>姓名</th><th>年度积分</th></tr></thead>" +
        "<tbody><tr><td>预热</td><td>0.0</td></tr></tbody></table></body></html>";

    public async Task<byte[]> RenderAsync(string html, CancellationToken ct = default)
    {
        if (!IsAvailable)
            throw new PdfUnavailableException($"Chromium not found at {_settings.ChromiumPath}");
        await _slots.WaitAsync(ct);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(_settings.TimeoutSeconds));
            // A browser that died between conversions (or was killed by another conversion's timeout) fails at once;
            // one more try on a fresh browser hides that from the user.
            for (var attempt = 1; ; attempt++)
            {
                ChromiumBrowser? browser = null;
                try
                {
                    browser = await BrowserAsync().WaitAsync(timeout.Token);
                    return await browser.PrintAsync(html, _settings.TaggedPdf, timeout.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    logger.LogWarning("PDF conversion timed out after {Seconds} s; restarting Chromium", _settings.TimeoutSeconds);
                    if (browser is not null)
                        await ForgetAsync(browser);
                    throw new PdfUnavailableException($"Chromium timed out after {_settings.TimeoutSeconds} s");
                }
                catch (PdfUnavailableException e) when (attempt == 1)
                {
                    // A write into a dead browser's pipe can fail a moment before its closing is noticed.
                    if (browser is not null && !await GoneAsync(browser))
                        throw;
                    logger.LogWarning(e, "Chromium went away during a conversion; trying once more on a new one");
                    if (browser is not null)
                        await ForgetAsync(browser);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private static async Task<bool> GoneAsync(ChromiumBrowser browser)
    {
        await Task.WhenAny(browser.Closed, Task.Delay(TimeSpan.FromSeconds(2)));
        return browser.HasExited;
    }

    private Task<ChromiumBrowser> BrowserAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is null || _browser.IsFaulted || _browser.IsCanceled || (_browser.IsCompletedSuccessfully && _browser.Result.HasExited))
                _browser = LaunchAsync();
            return _browser;
        }
    }

    private async Task<ChromiumBrowser> LaunchAsync()
    {
        var launched = DateTime.UtcNow;
        var browser = await ChromiumBrowser.LaunchAsync(_settings.ChromiumPath, TimeSpan.FromSeconds(_settings.TimeoutSeconds), logger);
        logger.LogInformation("Chromium {Pid} started for PDF exports", browser.ProcessId);
        _ = browser.Closed.ContinueWith(async _ =>
        {
            var wasCurrent = await ForgetAsync(browser);
            if (!wasCurrent)
                return;
            logger.LogWarning("Chromium {Pid} for PDF exports went away", browser.ProcessId);
            if (DateTime.UtcNow - launched > ShortLife)
                await WarmUpAsync();
        }, TaskScheduler.Default);
        return browser;
    }

    /// <summary>Kills <paramref name="browser"/> and, if it is the current one, lets the next call launch another. True if it was current.</summary>
    private async Task<bool> ForgetAsync(ChromiumBrowser browser)
    {
        bool wasCurrent;
        lock (_gate)
        {
            wasCurrent = _browser is { IsCompletedSuccessfully: true } current && current.Result == browser;
            if (wasCurrent)
                _browser = null;
        }
        await browser.DisposeAsync();
        return wasCurrent && !_disposed;
    }

    public async ValueTask DisposeAsync()
    {
        Task<ChromiumBrowser>? browser;
        lock (_gate)
        {
            _disposed = true;
            (browser, _browser) = (_browser, null);
        }
        if (browser is not null)
        {
            try
            {
                await (await browser).DisposeAsync();
            }
            catch (PdfUnavailableException)
            {
                // It never started.
            }
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
