using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// The HTML pages a signed-in user reaches: every GET action of the app (filled with branch A's ids) and the pages
/// they link to, one step further. Links are followed once per shape (ids as #), so a list of fifty rows costs one visit.
/// Downloads (exports, evidence files) are not followed.
/// </summary>
public static partial class PageCrawler
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static async IAsyncEnumerable<(string Url, IDocument Page)> PagesAsync(HttpClient client, IReadOnlyList<RouteAction> routes, BranchIds ids,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var seen = new HashSet<string>();
        var linked = new List<string>();
        var starts = routes.Where(r => r.Method == "GET" && (r.Controller != "Home" || r.Action == "Index")).Select(r => ids.UrlFor(r).Url);
        foreach (var url in starts)
        {
            if (!seen.Add(Shape(url)) || await OpenAsync(client, url) is not { } page)
                continue;
            linked.AddRange(page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).Where(Followable));
            yield return (url, page);
        }
        foreach (var url in linked)
        {
            ct.ThrowIfCancellationRequested();
            if (seen.Add(Shape(url)) && await OpenAsync(client, url) is { } page)
                yield return (url, page);
        }
    }

    private static async Task<IDocument?> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? await Browserless.ParseAsync(response)
            : null;
    }

    private static bool Followable(string href) =>
        !href.StartsWith("//", StringComparison.Ordinal)
        && !new[] { "/Exports", "/Evidence", "/TownshipExports/Download", "/Account/Logout", "/Culture", "/Imports/Template", "Print" }
            .Any(p => href.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static string Shape(string url) => Digits().Replace(url, "#");
}
