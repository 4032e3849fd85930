using System.Net;
using AngleSharp.Dom;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 8 §4: the CSP forbids inline script, so no page may carry any — every GET page each demo role reaches
/// (actions read from the app, ids of the role's own branch) is parsed for inline scripts and on* handlers.
/// </summary>
public sealed class InlineScriptTests(SqliteAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task NoPageAnyRoleReachesHasInlineScriptEventHandlersOrJavascriptLinks()
    {
        var routes = (await RouteCatalog.ActionsAsync(app.Services)).Where(r => r.Method == "GET").ToList();
        var (a, b) = await BranchIds.LoadAsync(app);
        var failures = new List<string>();
        var pages = 0;

        foreach (var (user, role, branch) in DemoUsers.All)
        {
            var client = await app.SignedInAsync(user);
            foreach (var route in routes)
            {
                if (!await RouteCatalog.AllowsAsync(app.Services, route, role))
                    continue;
                var (url, _, _) = (branch == 'B' ? b : a).UrlFor(route);
                var response = await client.GetAsync(url);
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                    continue;
                pages++;
                var document = await Browserless.ParseAsync(response);
                foreach (var script in document.QuerySelectorAll("script").Where(s => !s.HasAttribute("src") || s.TextContent.Trim().Length > 0))
                    failures.Add($"{user} {url} ({(int)response.StatusCode}): inline <script>");
                foreach (var element in document.All)
                {
                    foreach (var attribute in element.Attributes.Where(at => at.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                        failures.Add($"{user} {url}: {element.LocalName} {attribute.Name}=");
                    if ((element.GetAttribute("href") ?? "").TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                        failures.Add($"{user} {url}: javascript: link");
                }
            }
        }

        output.WriteLine($"HTML pages parsed: {pages}");
        pages.Should().BeGreaterThan(DemoUsers.All.Length * 3);
        failures.Should().BeEmpty();
    }
}
