using Serilog;
using Serilog.Events;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Serilog through Serilog.AspNetCore. Log lines carry ids, never names, phones or query strings: request lines
/// hold the method, the route path (ids only), the status and the time, and nothing is added to them.
/// </summary>
public static class LoggingSetup
{
    private static int _fatalHandlerAdded;

    /// <summary>
    /// Console only, until the host has read its configuration, so that a failure while starting (a bad setting, an
    /// unreachable database) is logged too: an exception that ends the process is written as Fatal.
    /// </summary>
    public static void UseBootstrapLogger()
    {
        Log.Logger = new LoggerConfiguration().MinimumLevel.Information().WriteTo.Console().CreateLogger();
        // once per process: test runs start the app many times in one process
        if (Interlocked.Exchange(ref _fatalHandlerAdded, 1) == 0)
            AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            {
                Log.Fatal(e.ExceptionObject as Exception, "PartyScoring stopped");
                Log.CloseAndFlush();
            };
    }

    public static void AddPartyScoringLogging(this WebApplicationBuilder builder)
    {
        // The host gets its own logger and leaves the static one alone: the tests start many hosts in one process,
        // side by side, and a shared reloadable logger can be frozen only once.
        builder.Services.AddSerilog((services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
    }

    public static WebApplication UsePartyScoringRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            // the host's logger, not the static (bootstrap) one the middleware would take by default
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.IncludeQueryInRequestPath = false; // the default, stated: a query string can carry a name or a phone
            // Static files are not worth a line each; Verbose is below every configured level.
            o.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : IsStaticFile(context.Request.Path) ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
        return app;
    }

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js");
}
