using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Web.Infrastructure;

/// <summary>A user whose account is flagged (initial accounts outside the demo) reaches nothing before choosing a new password.</summary>
public sealed class ForcedPasswordChangeMiddleware(RequestDelegate next)
{
    private static readonly PathString[] Open = ["/Account/ChangePassword", "/Account/Logout", "/Culture", "/Home/Status", "/Home/Error", "/healthz"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == ScopeClaims.MustChangePassword)
            && !Open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
