using PartyScoring.Infrastructure.Auditing;

namespace PartyScoring.Web.Infrastructure;

/// <summary>Purges audit lines past Audit:RetentionMonths at start-up and then once a day.</summary>
public sealed class AuditRetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(stoppingToken);
                if (purged > 0)
                    logger.LogInformation("Audit retention purged {Count} lines", purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Audit retention purge failed");
            }
            try
            {
                await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
