using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Issue 20 §7, what a deployment needs beyond the app's own rules: HSTS for a year with subdomains, no Server banner,
/// sign-in redirects that never echo the Host header, and forwarded headers trusted only from the proxies the settings
/// name (README, "Behind a reverse proxy"). AllowedHosts is ASP.NET Core's own setting, read by its host filter.
/// </summary>
public static class DeploymentHardening
{
    public static IServiceCollection AddDeploymentHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            // X-Forwarded-Host is honoured only for the names AllowedHosts lists (none when it is "*").
            o.AllowedHosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(h => h != "*").ToList();
        });
        return services;
    }

    /// <summary>First in the pipeline, and only when ForwardedHeaders:Enabled is set (a direct deployment trusts no header).</summary>
    public static WebApplication UseDeploymentHardening(this WebApplication app)
    {
        if (app.Configuration.GetValue("ForwardedHeaders:Enabled", false))
            app.UseForwardedHeaders();
        return app;
    }

    /// <summary>The cookie handler's login and access-denied redirects as a path, not scheme://Host/path.</summary>
    public static Task RedirectWithinSite(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
