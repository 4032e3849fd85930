using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Authorization;

namespace PartyScoring.Web.Infrastructure;

public static class SecuritySetup
{
    public static IServiceCollection AddPartyScoringSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "PartyScoring.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:SessionMinutes", 30));
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "PartyScoring.Antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorization(Policies.Register);
        services.Configure<MvcOptions>(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        return services;
    }
}
