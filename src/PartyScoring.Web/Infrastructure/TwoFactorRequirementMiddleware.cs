using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// With Security:RequireTwoFactorForOffice on, a township-office user without two-factor sign-in reaches nothing
/// before setting it up on the security page. A forced password change comes first (its own middleware runs before).
/// </summary>
public sealed class TwoFactorRequirementMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string SetupPath = "/AccountSecurity";

    private static readonly PathString[] Open = [SetupPath, "/Account/Logout", "/Culture", "/Home/Status", "/Home/Error", "/healthz"];

    private readonly bool _required = configuration.GetValue("Security:RequireTwoFactorForOffice", false);

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (_required
            && user.Identity?.IsAuthenticated == true
            && user.IsInRole(Roles.TownshipOffice)
            && !user.HasClaim(c => c.Type == ScopeClaims.TwoFactor)
            && !user.HasClaim(c => c.Type == ScopeClaims.MustChangePassword)
            && !Open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
