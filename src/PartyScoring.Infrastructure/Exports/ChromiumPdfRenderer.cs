using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// Runs headless Chromium once per document (a fresh profile each time, no network), at most
/// <see cref="PdfSettings.MaxConcurrent"/> at a time; a conversion past the timeout is killed with its children.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfSettings> options, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IDisposable
{
    private readonly PdfSettings _settings = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrent));

    public bool IsAvailable => File.Exists(_settings.ChromiumPath);

    public async Task<byte[]> RenderAsync(string html, CancellationToken ct = default)
    {
        if (!IsAvailable)
            throw new PdfUnavailableException($"Chromium not found at {_settings.ChromiumPath}");
        await _slots.WaitAsync(ct);
        var work = Directory.CreateTempSubdirectory("partyscoring-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "page.html");
            var pdf = Path.Combine(work.FullName, "page.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            await RunAsync(page, pdf, Path.Combine(work.FullName, "profile"), ct);
            if (!File.Exists(pdf))
                throw new PdfUnavailableException("Chromium wrote no PDF");
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            _slots.Release();
            try { work.Delete(recursive: true); }
            catch (IOException e) { logger.LogWarning(e, "Could not remove {Folder}", work.FullName); }
        }
    }

    private async Task RunAsync(string page, string pdf, string profile, CancellationToken ct)
    {
        var start = new ProcessStartInfo(_settings.ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                     "--no-pdf-header-footer", $"--print-to-pdf={pdf}", $"--user-data-dir={profile}",
                     new Uri(page).AbsoluteUri,
                 })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium did not start");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_settings.TimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            throw new PdfUnavailableException($"Chromium timed out after {_settings.TimeoutSeconds} s");
        }
        if (process.ExitCode != 0)
        {
            logger.LogWarning("Chromium exited with {Code}: {Error}", process.ExitCode, await stderr);
            throw new PdfUnavailableException($"Chromium exited with code {process.ExitCode}");
        }
    }

    public void Dispose() => _slots.Dispose();
}
