using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>The app with Security:RequireTwoFactorForOffice on.</summary>
public abstract class TwoFactorRequiredAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RequireTwoFactorForOffice", "true");
    }
}

public sealed class SqliteTwoFactorRequiredAppFactory() : TwoFactorRequiredAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgreSqlTwoFactorRequiredAppFactory() : TwoFactorRequiredAppFactory(DatabaseProvider.PostgreSql);

/// <summary>Issue 8 §3: when required, a township-office user sets up two-factor sign-in before anything else, and cannot turn it off.</summary>
public abstract class TwoFactorRequirementTests<TFactory>(TFactory app) where TFactory : TwoFactorRequiredAppFactory
{
    [Fact]
    public async Task AnOfficeUserWithoutTwoFactorIsSentToTheSetUpUntilItIsOn()
    {
        var office = await app.SignedInAsync("office");
        foreach (var url in new[] { "/", "/Quarters", "/Audit" })
        {
            var response = await office.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().Should().Be("/AccountSecurity", url);
        }
        var page = await SecurityPage.WithKeyAsync(office);
        page.QuerySelector("#two-factor-required")!.TextContent.Should().Contain("乡镇党建办账户");
        (await (await app.SignedInAsync("secretary1")).GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "only the office must");

        var key = page.QuerySelector("#authenticator-key")!.TextContent;
        var form = page.QuerySelector<IHtmlFormElement>("form[action='/AccountSecurity/Enable']")!;
        (await office.PostFormAsync(form, new Dictionary<string, string> { ["Code"] = TwoFactorTotp.CodeNow(key) }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await office.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "two-factor sign-in is on now");
        var settings = await office.GetPageAsync("/AccountSecurity");
        var disable = settings.QuerySelector<IHtmlFormElement>("form[action='/AccountSecurity/Disable']")!;
        var refused = await office.PostFormAsync(disable, new Dictionary<string, string> { ["DisableProof"] = DemoSeeder.DemoPassword });
        (await refused.Content.ReadAsStringAsync()).Should().Contain("不能关闭");
        (await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "office")))
            .TwoFactorEnabled.Should().BeTrue();
        (await app.NewClient().LoginAsync("office", DemoSeeder.DemoPassword)).Headers.Location!.ToString()
            .Should().StartWith("/Account/LoginTwoFactor");
    }
}

public sealed class SqliteTwoFactorRequirementTests(SqliteTwoFactorRequiredAppFactory app)
    : TwoFactorRequirementTests<SqliteTwoFactorRequiredAppFactory>(app), IClassFixture<SqliteTwoFactorRequiredAppFactory>;

public sealed class PostgreSqlTwoFactorRequirementTests(PostgreSqlTwoFactorRequiredAppFactory app)
    : TwoFactorRequirementTests<PostgreSqlTwoFactorRequiredAppFactory>(app), IClassFixture<PostgreSqlTwoFactorRequiredAppFactory>;
