using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>/healthz "pdf": degraded (not unhealthy) when Chromium is missing — everything but PDF still works.</summary>
public sealed class PdfHealthCheck(IPdfRenderer renderer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(renderer.IsAvailable
            ? HealthCheckResult.Healthy("Chromium found")
            : HealthCheckResult.Degraded("Chromium not found: PDF exports are unavailable"));
}
