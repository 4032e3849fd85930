using System.Net;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>Issue 8 §4: response headers and cookie flags, in the deployed (Production) environment.</summary>
public sealed class HeadersAndCookiesTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task EveryPageCarriesTheSecurityHeadersAndACspWithoutInlineScript()
    {
        var response = await app.NewHttpsClient().GetAsync("/Account/Login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("same-origin");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
    }

    [Fact]
    public async Task HttpsResponsesOutsideDevelopmentCarryHsts()
    {
        var response = await app.NewHttpsClient().GetAsync("/Account/Login");

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Be("max-age=31536000; includeSubDomains", "issue 20 §7: a year, subdomains too");
    }

    [Fact]
    public async Task SignInCookiesAreSecureHttpOnlyAndSameSiteOutsideDevelopment()
    {
        var client = app.NewHttpsClient();
        var page = await client.GetAsync("/Account/Login");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartyScoring.Antiforgery=", StringComparison.Ordinal));

        var login = await client.LoginAsync("clerk1", DemoSeeder.DemoPassword);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PartyScoring.Auth=", StringComparison.Ordinal));

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        foreach (var cookie in new[] { antiforgery, auth })
            cookie.ToLowerInvariant().Should().Contain("; secure").And.Contain("; httponly").And.Contain("; samesite=");
        antiforgery.ToLowerInvariant().Should().Contain("samesite=strict");
        auth.ToLowerInvariant().Should().Contain("samesite=strict", "issue 20 §5: a link from another site arrives signed out");
    }
}
