using System.Text.Json;
using Microsoft.Playwright;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Accessibility;

/// <summary>
/// Issue 18: axe-core (vendored from npm, 4.14.1) with the WCAG 2 A and AA rules, every rule on, over every page each
/// role reaches from its navigation. No rule is switched off: a page that fails is a page to fix.
/// </summary>
public sealed class AccessibilityBrowserTests(SqliteBrowserAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteBrowserAppFactory>
{
    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe.min.js");

    [Theory]
    [InlineData("office")]
    [InlineData("county")]
    [InlineData("secretary1")]
    [InlineData("clerk1")]
    [InlineData("evaluator1")]
    [InlineData("member1")]
    public async Task EveryPageARoleReachesFromItsNavigationHasNoWcagAOrAAViolations(string login)
    {
        var page = await app.SignedInPageAsync(login, bypassCsp: true);
        var links = await page.EvaluateAsync<string[]>(@"() => [...new Set(Array.from(document.querySelectorAll('header nav a[href]'))
            .map(a => new URL(a.href).pathname))]");
        links.Should().Contain("/");
        var found = new List<string>();
        foreach (var path in links)
        {
            await page.GotoAsync(app.BaseUrl + path);
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
            var violations = await page.EvaluateAsync<JsonElement>(@"async () => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
                return result.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }");
            found.AddRange(violations.EnumerateArray().Select(v => $"{login} {path}: {v.GetString()}"));
        }
        output.WriteLine($"{login}: {links.Length} pages");
        found.ForEach(output.WriteLine);
        found.Should().BeEmpty();
    }
}
