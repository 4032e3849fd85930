using PartyScoring.Infrastructure.Administration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.DataProtection;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Evidence;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.StarRating;

namespace PartyScoring.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Database, Identity stores, Data Protection keys in the database, scoped data access and scoring services.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(database);
        // A context is used by one request at a time (scoped, never shared across threads), so EF Core's check for
        // concurrent use only costs: it touched an AsyncLocal for every row read, measurable on the portal and year end.
        services.AddDbContext<PartyScoringDbContext>(o => o.UseProvider(database.Provider, database.ConnectionString)
            .EnableThreadSafetyChecks(false));

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedLogins", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PartyScoringDbContext>()
            .AddClaimsPrincipalFactory<ScopedClaimsPrincipalFactory>()
            .AddUserManager<StampingUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OnceOnlyAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        services.AddDataProtection().SetApplicationName("PartyScoring").ProtectKeysWithConfiguredCertificate(configuration, contentRoot);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>())));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<DataScope>();
        services.AddScoped<ScopedData>();
        services.AddScoped<TwoFactorAccounts>();
        services.AddScoped<YearPointsService>();
        services.AddScoped<BranchYearBatch>();
        services.AddSingleton<BranchYearCache>();
        services.AddScoped<CachedBranchYears>();
        services.AddScoped<YearResults>();
        services.AddScoped<IPointsManagementEvidence, LedgerPointsManagementEvidence>();
        services.AddScoped<StarRatingReader>();
        services.AddScoped<StarRatingService>();
        services.AddScoped<CountyCheckService>();
        services.AddScoped<QuarterSheetService>();
        services.AddScoped<QuarterGridService>();
        services.AddScoped<ObjectionService>();
        services.AddScoped<DeclarationService>();
        var evidenceFolder = configuration["Evidence:Folder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(contentRoot, "data", "evidence");
        services.AddSingleton(new EvidenceStore(evidenceFolder));
        services.AddScoped<YearEnd.YearEndService>();
        services.AddScoped<YearEnd.TalkService>();
        services.AddScoped<YearEnd.HandlingService>();
        services.AddScoped<OrganisationCommands>();
        services.AddScoped<UserCommands>();
        services.AddScoped<YearSetupCommands>();
        services.AddScoped<InstallationSetup>();
        services.AddAdministration();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddDbContextCheck<PartyScoringDbContext>("database").AddCheck<PdfHealthCheck>("pdf");
        services.Configure<PdfSettings>(configuration.GetSection("Pdf"));
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>();
        services.AddSingleton<IExcelExporter, ExcelReportWriter>();
        services.AddScoped<ExportData>();
        services.AddScoped<Imports.RosterImporter>();
        return services;
    }
}
