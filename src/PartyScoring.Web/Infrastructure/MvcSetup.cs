using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Web.Dashboards;
using PartyScoring.Web.Portal;
using PartyScoring.Web.Queries;
using PartyScoring.Web.Reminders;

namespace PartyScoring.Web.Infrastructure;

public static class MvcSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddPartyScoringMvc(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddControllersWithViews(o => o.Filters.Add(new ControlCharacterFilter()))
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // Chinese first: zh-CN unless the user picked English with the language switch (a cookie).
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        // Render Chinese as characters, not &#x...; entities (still HTML-encoded where it matters).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<HomeQuery>();
        services.AddScoped<YearSetupQuery>();
        services.AddScoped<MemberYearQuery>();
        services.AddScoped<StarRatingQuery>();
        services.AddScoped<QuarterQuery>();
        services.AddScoped<AuditLogQuery>();
        services.AddScoped<DeclarationQuery>();
        services.AddScoped<AdministrationQuery>();
        services.AddScoped<IMemberYearSummaries, RecordOrEngineYearSummaries>();
        services.AddScoped<PortalQuery>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<ReminderBoard>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IReminderSource, SheetDueReminders>();
        services.AddScoped<IReminderSource, NextYearReminders>();
        services.AddScoped<IReminderSource, NoticeClosingReminders>();
        services.AddScoped<IReminderSource, ObjectionReminders>();
        services.AddScoped<IReminderSource, SheetWaitingReminders>();
        services.AddScoped<YearEndQuery>();
        services.AddScoped<ResultsQuery>();
        services.AddScoped<Reminders.IReminderSource, Reminders.TalksPendingReminders>();
        services.AddScoped<Reminders.IReminderSource, Reminders.YearEndDeadlineReminders>();
        return services;
    }
}
