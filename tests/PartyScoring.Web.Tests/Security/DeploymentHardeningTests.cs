using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>Production with AllowedHosts set, as README's reverse-proxy section says to deploy.</summary>
public sealed class HostFilteredAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("AllowedHosts", "partyscoring.example");
    }
}

/// <summary>Data Protection keys encrypted to a certificate made for the test.</summary>
public sealed class KeyCertificateAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    public string CertificateFolder { get; } = Directory.CreateTempSubdirectory("partyscoring-cert-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=PartyScoring keys", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(CertificateFolder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-password"));
        builder.UseSetting("DataProtection:CertificatePath", path);
        builder.UseSetting("DataProtection:CertificatePassword", "test-password");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory's DisposeAsync also ends in Dispose(true): the folder may be gone already.
        if (disposing && Directory.Exists(CertificateFolder))
            Directory.Delete(CertificateFolder, recursive: true);
    }
}

/// <summary>Issue 20 §7 in the deployed environment: host header, HSTS (in HeadersAndCookiesTests), server banner.</summary>
public sealed class DeploymentHardeningTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task AForeignHostHeaderNeverComesBackInTheLoginRedirect()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Quarters");
        request.Headers.Host = "evil.example";

        var response = await app.NewHttpsClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("/Account/Login").And.NotContain("evil.example");
    }

    [Fact]
    public void KestrelSendsNoServerBanner() =>
        app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.Should().BeFalse();
}

public sealed class AllowedHostsTests(HostFilteredAppFactory app) : IClassFixture<HostFilteredAppFactory>
{
    [Fact]
    public async Task OnlyTheConfiguredHostIsServed()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("https://partyscoring.example/"),
        });
        var foreign = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        foreign.Headers.Host = "evil.example";

        (await client.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.SendAsync(foreign)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

public sealed class KeyEncryptionTests(KeyCertificateAppFactory app) : IClassFixture<KeyCertificateAppFactory>
{
    [Fact]
    public async Task WithACertificateConfiguredTheKeysAreStoredEncryptedAndStillWork()
    {
        (await (await app.SignedInAsync("clerk1")).GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "cookies are protected and read back");

        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());

        keys.Should().NotBeEmpty().And.OnlyContain(x => x.Contains("EncryptedData", StringComparison.Ordinal) && !x.Contains("<masterKey", StringComparison.Ordinal));
    }
}

/// <summary>Issue 20 §7 for downloads: no caching, a clean file name, text that looks like a formula kept as text.</summary>
public abstract class DownloadTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task PersonalDataAndRegisterDownloadsAreNotStored()
    {
        var (a, _) = await BranchIds.LoadAsync(app);
        var secretary = await app.SignedInAsync("secretary1");
        var year = DateTime.Now.Year;
        foreach (var url in new[] { $"/Portal/PersonalData/{a.Member}?format=json", $"/Portal/PersonalData/{a.Member}", $"/Exports/Archive/{a.Member}?format=xlsx",
                     $"/Exports/YearRegister/{a.Branch}?year={year}&format=xlsx", $"/Exports/Quarterly/{a.Branch}?year={year}&quarter=1&format=xlsx" })
        {
            var response = await secretary.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            response.Headers.CacheControl!.NoStore.Should().BeTrue(url);
        }
    }

    [Fact]
    public async Task DirectionMarksAndControlCharactersNeverReachAFileNameAndFormulasStayText()
    {
        var (a, _) = await BranchIds.LoadAsync(app);
        const string name = "=1+2\u202E张\u0007";
        await app.WithDbAsync(db => db.Members.Where(m => m.Id == a.Member).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, name)));

        var response = await (await app.SignedInAsync("secretary1")).GetAsync($"/Portal/PersonalData/{a.Member}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        fileName.Should().Contain("=1+2张").And.NotContain("\u202E").And.NotContain("\u0007");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Should().BeEmpty("Excel must not evaluate a name");
        ExportFiles.Sheets(document).SelectMany(s => s.Rows).SelectMany(r => r).Should().Contain(c => c.Contains("=1+2"), "the name is kept as typed, as text");
    }

    [Fact]
    public void TheFileNameFilterDropsEveryFormatCharacter() =>
        DownloadHeadersMiddleware.Clean("a\u200Eb\u200Fc\u202Ad\u2066e\u2069f\u200Bg\r\nh/i").Should().Be("abcdefghi");

    [Fact]
    public async Task ASecondDocumentWhileTheFirstIsMadeIsAskedToWait()
    {
        var (a, _) = await BranchIds.LoadAsync(app);
        var secretary = await app.SignedInAsync("secretary1");
        var url = $"/Exports/YearRegister/{a.Branch}?year={DateTime.Now.Year}&format=xlsx";
        using (var running = app.Services.GetRequiredService<PerUserGate>().TryEnter("document.xlsx", "secretary1", 1))
        {
            running.Should().NotBeNull();
            var refused = await secretary.GetAsync(url);
            refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
            (await Browserless.ParseAsync(refused)).QuerySelector("#pdf-unavailable")!.TextContent.Should().Be("您的上一份文件仍在生成中，请稍候再试。");
            (await (await app.SignedInAsync("clerk1")).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, "the limit is per user");
        }
        (await secretary.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class SqliteDownloadTests(SqliteAppFactory app) : DownloadTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlDownloadTests(PostgreSqlAppFactory app) : DownloadTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
