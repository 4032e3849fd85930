namespace PartyScoring.Web.Exports;

public static class ExportsSetup
{
    /// <summary>Print views, roster words, the personal-data export and its audit, and the background runner for long exports (files under Exports:Folder, default data/exports).</summary>
    public static IServiceCollection AddPartyScoringExports(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var folder = configuration["Exports:Folder"] is { Length: > 0 } configured ? configured : Path.Combine("data", "exports");
        services.AddSingleton(new ExportStorage(Path.GetFullPath(folder, contentRoot)));
        services.AddSingleton<ExportJobQueue>();
        services.AddHostedService<ExportJobRunner>();
        services.AddHostedService<PartyScoring.Infrastructure.Exports.PdfRendererWarmUp>();
        services.AddScoped<RegisterBuilder>();
        services.AddScoped<PrintViewRenderer>();
        services.AddScoped<DocumentResponder>();
        services.AddScoped<WorkbookJobs>();
        services.AddScoped<Imports.RosterWords>();
        services.AddScoped<PartyScoring.Infrastructure.Exports.ExportAudit>();
        services.AddScoped<Portal.PersonalDataAccess>();
        services.AddScoped<Portal.PersonalDataQuery>();
        services.AddScoped<Portal.PersonalDataWorkbook>();
        services.AddScoped<Portal.PersonalDataExport>();
        return services;
    }
}
