using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>The app as deployed (environment Production): HSTS, secure cookies, the exception page.</summary>
public sealed class ProductionAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public HttpClient NewHttpsClient() => CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://partyscoring.example/"),
    });
}

/// <summary>A 30-minute sliding session on a clock the test moves; security stamps re-checked on every request.</summary>
public sealed class SessionAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:SessionMinutes", "30");
        builder.UseSetting("Security:StampValidationMinutes", "0");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Three login posts a minute.</summary>
public sealed class RateLimitedAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:LoginAttemptsPerMinute", "3");
    }
}
