using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Tests.Support;

/// <summary>A clock a test moves forward (the notice window closing) — the app takes TimeProvider from DI.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>The real app with a <see cref="ManualClock"/>; sessions outlast the days a test skips.</summary>
public abstract class ClockedAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:SessionMinutes", "100000");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteClockedAppFactory() : ClockedAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgreSqlClockedAppFactory() : ClockedAppFactory(DatabaseProvider.PostgreSql);

/// <summary>The browser variant: Kestrel + Chromium, with the same controllable clock.</summary>
public sealed class SqliteClockedBrowserAppFactory() : BrowserAppFactory(DatabaseProvider.Sqlite)
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:SessionMinutes", "100000");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
