using Serilog;

namespace PartyScoring.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration (Serilog.AspNetCore does not restore here, so it is wired through
    /// Serilog.Extensions.Logging). Log lines carry ids, never names, phones or other personal data.
    /// </summary>
    public static void AddPartyScoringLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
