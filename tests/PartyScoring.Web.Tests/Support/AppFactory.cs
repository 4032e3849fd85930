using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Testing;

namespace PartyScoring.Web.Tests.Support;

/// <summary>
/// The real app (Program) on a real database of one provider, with the demo township seeded at start-up
/// exactly as `dotnet run` does it. One per test class.
/// </summary>
public abstract class AppFactory(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _database.Settings())
            builder.UseSetting(key, value);
        builder.UseSetting("Demo:Seed", "true");
        // Tests sign in many times a minute from one address; the login rate limit has its own tests (Security/).
        builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
        // Some sixty test apps start in a run; each would launch a Chromium at start. The renderer still starts one on
        // the first PDF a test asks for, and the warm-up at start has its own test (ChromiumPdfRendererTests).
        builder.UseSetting("Pdf:WarmUpAtStart", "false");
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The database as a whole, for a test to prepare or check it (no user, so no scope filters).</summary>
    public async Task<T> WithDbAsync<T>(Func<PartyScoringDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<DataScope>().SeeEverything(ScopeBypass.Tooling);
        return await query(scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _database.Dispose();
    }
}

public sealed class SqliteAppFactory() : AppFactory(DatabaseProvider.Sqlite);

public sealed class PostgreSqlAppFactory() : AppFactory(DatabaseProvider.PostgreSql);
