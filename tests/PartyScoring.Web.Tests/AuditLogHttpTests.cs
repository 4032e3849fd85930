using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartyScoring.Web;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 3 item 8: the office reads the audit log with filters; nobody else opens it.</summary>
public abstract class AuditLogHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task OfficeFiltersTheLogByEntityAndUser()
    {
        var office = await app.SignedInAsync("office");

        var page = await office.GetPageAsync("/Audit?Entity=QuarterSheet");
        var byUser = await office.GetPageAsync("/Audit?User=nobody-at-all");

        var entities = page.QuerySelectorAll("#audit-log td.audit-entity").ToList();
        entities.Should().NotBeEmpty("the demo's sheets were written and audited")
            .And.OnlyContain(e => e.GetAttribute("data-entity") == "QuarterSheet" && e.TextContent == "季度积分表");
        byUser.QuerySelectorAll("#audit-log tbody tr").Should().BeEmpty();
    }

    [Fact]
    public async Task BadFilterValuesShowTheUnfilteredLogNotAnError()
    {
        var office = await app.SignedInAsync("office");

        (await office.GetAsync("/Audit?From=not-a-date&To=2026-13-45")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task InChineseTheLogNamesNoRecordTypeOrActionInEnglish()
    {
        var office = await app.SignedInAsync("office");

        var page = await office.GetPageAsync("/Audit");

        var names = page.QuerySelectorAll("#audit-log td.audit-entity, #audit-log td.audit-action, #audit-entity option, #audit-action option")
            .Select(e => e.TextContent.Trim()).ToList();
        names.Should().HaveCountGreaterThan(10).And.OnlyContain(n => !n.Any(char.IsAsciiLetter), "zh-CN shows the resource files' names");
        page.QuerySelectorAll("#audit-log td.audit-fields").Select(td => td.TextContent).Should().Contain(t => t.Contains("登录失败次数"), "field names are translated too");
    }

    [Fact]
    public async Task EveryAuditedRecordTypeAndActionHasAChineseName()
    {
        var names = app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => t.Namespace!.StartsWith("PartyScoring", StringComparison.Ordinal)
                        && t.Name is not (nameof(global::PartyScoring.Infrastructure.Auditing.AuditEntry) or "DataProtectionKey"))
            .Select(t => t.Name).Distinct().ToList()));
        var localizer = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var missing = (await names).Concat([global::PartyScoring.Infrastructure.Identity.TwoFactorAccounts.AuditEntity, "Township"]).Select(n => "AuditEntity_" + n)
                .Concat(new[] { "Added", "Modified", "Deleted", global::PartyScoring.Infrastructure.Exports.ExportAudit.Action }.Select(a => "AuditAction_" + a))
                .Where(key => localizer[key].ResourceNotFound || localizer[key].Value.Any(char.IsAsciiLetter)).ToList();
            missing.Should().BeEmpty();
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task TheLogIsReadAPageAtATime()
    {
        var office = await app.SignedInAsync("office");

        var first = await office.GetPageAsync("/Audit");
        var second = await office.GetPageAsync(first.QuerySelector("#audit-next")!.GetAttribute("href")!);

        first.QuerySelectorAll("#audit-log tbody tr").Should().HaveCount(Web.Queries.AuditLogQuery.PageSize, "the demo wrote far more lines than a page");
        second.QuerySelectorAll("#audit-log tbody tr").Should().NotBeEmpty();
        second.QuerySelector("#audit-log tbody tr")!.TextContent.Should().NotBe(first.QuerySelector("#audit-log tbody tr")!.TextContent);
    }

    [Theory]
    [InlineData("clerk1")]
    [InlineData("secretary1")]
    [InlineData("member1")]
    public async Task OnlyTheOfficeOpensTheLog(string login)
    {
        var client = await app.SignedInAsync(login);

        (await client.GetAsync("/Audit")).ShouldBeForbidden();
    }
}

public sealed class SqliteAuditLogHttpTests(SqliteAppFactory app) : AuditLogHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlAuditLogHttpTests(PostgreSqlAppFactory app) : AuditLogHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
