using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartyScoring.Web.Authorization;

namespace PartyScoring.Web.Infrastructure;

public static class SecuritySetup
{
    /// <summary>The rate-limiter policy on the login POST.</summary>
    public const string LoginRateLimit = "login";

    public static IServiceCollection AddPartyScoringSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "PartyScoring.Auth";
            o.Cookie.HttpOnly = true;
            // Strict: a link from another site arrives signed out, so no cross-site request acts as the user (issue 20 §5).
            // Nothing needs Lax: the app has no sign-in from other sites and no links into it that must arrive signed in.
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Sliding: each request well into the session renews it; off, a session ends this long after signing in.
            o.SlidingExpiration = configuration.GetValue("Security:SlidingSession", true);
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:SessionMinutes", 30));
            o.Events.OnRedirectToLogin = DeploymentHardening.RedirectWithinSite;
            o.Events.OnRedirectToAccessDenied = DeploymentHardening.RedirectWithinSite;
        });
        services.AddDeploymentHardening(configuration);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "PartyScoring.Antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Secure cookies everywhere but on a developer's or a test's plain-http host; Security:SecureCookies=false
        // allows plain http on purpose (the benchmark's loopback server), never by default.
        var secureCookies = configuration.GetValue<bool?>("Security:SecureCookies");
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = SecurePolicy(env, secureCookies));
        // The two-factor step's cookies: who passed the password (minutes), and a device the user chose to remember.
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
            services.AddOptions<CookieAuthenticationOptions>(scheme)
                .Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = SecurePolicy(env, secureCookies));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme)
            .Configure(o => o.ExpireTimeSpan = TimeSpan.FromDays(configuration.GetValue("Security:RememberDeviceDays", 14)));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = SecurePolicy(env, secureCookies));
        // A role change renews the security stamp; old cookies are re-checked this often (0 = every request).
        services.AddSessionStampCheck();
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromMinutes(configuration.GetValue("Security:StampValidationMinutes", 1.0)));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = WriteTooManyAttemptsAsync;
        });
        services.AddScoped<PartyScoring.Infrastructure.Auditing.AuditRetention>();
        services.AddHostedService<AuditRetentionWorker>();
        services.AddSingleton<PerUserGate>();
        services.AddSingleton<Security.UnknownNameSignIn>();
        services.AddAuthorization(Policies.Register);
        services.Configure<MvcOptions>(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        return services;
    }

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment env, bool? secureCookies) =>
        secureCookies ?? !(env.IsDevelopment() || env.IsEnvironment("Testing")) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    private static async ValueTask WriteTooManyAttemptsAsync(OnRejectedContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = "60";
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(text["Login_TooManyAttempts"], ct);
    }
}
