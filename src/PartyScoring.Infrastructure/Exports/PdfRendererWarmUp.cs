using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// Launches the PDF renderer's Chromium in the background as the app starts, so the first PDF after a start does not
/// pay for the launch. Startup does not wait for it: a missing or broken Chromium never delays or stops the app.
/// </summary>
public sealed class PdfRendererWarmUp(IPdfRenderer renderer, IOptions<PdfSettings> settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.WarmUpAtStart && renderer is ChromiumPdfRenderer chromium)
            _ = Task.Run(chromium.WarmUpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
