using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>The app with Pdf:ChromiumPath pointing nowhere, as on a server without Chromium.</summary>
public sealed class NoChromiumAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium");
    }
}

/// <summary>Without Chromium, PDF exports say so in Chinese and /healthz reports a degraded "pdf" check — never a 500.</summary>
public sealed class PdfUnavailableTests(NoChromiumAppFactory app) : IClassFixture<NoChromiumAppFactory>
{
    [Fact]
    public async Task HealthReportsPdfDegradedWhileTheDatabaseIsHealthy()
    {
        var response = await app.NewClient().GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"pdf\":{\"status\":\"Degraded\"").And.Contain("\"database\":{\"status\":\"Healthy\"");
    }

    [Fact]
    public async Task ExportsPageWarnsAndOffersNoPdfLinkAndAPdfRequestExplainsInChinese()
    {
        var branch = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "clerk1").Select(u => u.OrganisationId).SingleAsync());
        var clerk = await app.SignedInAsync("clerk1");

        var page = await clerk.GetPageAsync($"/Exports/Branch/{branch}");
        var pdf = await clerk.GetAsync($"/Exports/YearRegister/{branch}?format=pdf");

        page.QuerySelector("#pdf-unavailable")!.TextContent.Should().Contain("无法生成 PDF");
        page.QuerySelectorAll("a[href*='format=pdf']").Should().BeEmpty();
        page.QuerySelectorAll("a[href*='format=xlsx']").Should().HaveCount(3);
        pdf.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await pdf.Content.ReadAsStringAsync()).Should().Contain("未安装 PDF 转换程序");
    }
}
