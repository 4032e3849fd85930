using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// The HTML pages a signed-in user reaches: every GET action of the app (filled with branch A's ids) and the pages
/// they link to, two steps further. A few pages of each shape (ids as #) are opened, so a list of fifty rows costs
/// three visits. Downloads (exports, evidence files) are not followed.
/// </summary>
public static partial class PageCrawler
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static async IAsyncEnumerable<(string Url, IDocument Page)> PagesAsync(HttpClient client, IReadOnlyList<RouteAction> routes, BranchIds ids,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var visited = new HashSet<string>();
        var shapes = new Dictionary<string, int>();
        var queue = new Queue<(string Url, int Depth)>(routes.Where(r => r.Method == "GET" && (r.Controller != "Home" || r.Action == "Index"))
            .Select(r => (ids.UrlFor(r).Url, 0)));
        while (queue.TryDequeue(out var next))
        {
            ct.ThrowIfCancellationRequested();
            var shape = Digits().Replace(next.Url, "#");
            if (!visited.Add(next.Url) || shapes.GetValueOrDefault(shape) >= PerShape || await OpenAsync(client, next.Url) is not { } page)
                continue;
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            if (next.Depth < MaxDepth)
                foreach (var href in page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).Where(Followable))
                    queue.Enqueue((href, next.Depth + 1));
            yield return (next.Url, page);
        }
    }

    /// <summary>Pages of one shape opened at most (the first sheet may be an old one without forms; the next ones are not).</summary>
    private const int PerShape = 3;

    private const int MaxDepth = 2;

    private static async Task<IDocument?> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        // "open the branch's sheet" starts the draft and redirects to it
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { OriginalString: var to } && to.StartsWith('/')
            && !to.StartsWith("/Account/", StringComparison.Ordinal))
            response = await client.GetAsync(to);
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
