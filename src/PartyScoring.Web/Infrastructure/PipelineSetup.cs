using PartyScoring.Web.Authorization;

namespace PartyScoring.Web.Infrastructure;

public static class PipelineSetup
{
    public static WebApplication UsePartyScoringPipeline(this WebApplication app)
    {
        app.UseDeploymentHardening();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Home/Error");
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseStaticFiles();
        app.UseMiddleware<DownloadHeadersMiddleware>();
        app.UsePartyScoringRequestLogging();
        app.UseRequestLocalization();
        app.UseMiddleware<NulFormMiddleware>();
        app.UseMiddleware<FormLimitsMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ForcedPasswordChangeMiddleware>();
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapPartyScoringEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = HealthResponse.WriteAsync,
        }).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
