using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Issue 20 §2: on every request the sign-in cookie's security stamp is compared with the user's row, so logging out
/// (which renews the stamp), deactivating an account or changing its roles ends every copy of the cookie at once.
/// One indexed read of two columns; Identity's own validator still rebuilds the claims at its slower interval
/// (Security:StampValidationMinutes), which is why it is not simply set to zero.
/// </summary>
public static class SessionStampCheck
{
    public static IServiceCollection AddSessionStampCheck(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure(o =>
        {
            var identityCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                if (!await IsCurrentAsync(context))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await identityCheck(context);
            };
        });
        return services;
    }

    private static async Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (id is null || stamp is null)
            return false;
        var db = services.GetRequiredService<PartyScoringDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
