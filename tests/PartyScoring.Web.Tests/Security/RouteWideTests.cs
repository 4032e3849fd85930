using System.Net;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 8 §1: every controller action the app registers (read from its own action descriptors, so actions added
/// later are covered without touching this file) × anonymous and every demo role.
/// </summary>
public abstract class RouteWideTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : AppFactory
{
    /// <summary>What may be used without signing in: the login pages (the two-factor step checks the password step itself), the access-denied and status pages, the language switch.</summary>
    private static readonly string[] PublicActions =
        ["GET Account/AccessDenied", "GET Account/Login", "POST Account/Login", "GET Account/LoginTwoFactor", "POST Account/LoginTwoFactor",
         "POST Culture/Set", "GET Home/Error", "GET Home/Status", "POST Home/Error"];

    /// <summary>The exception handler's page answers 500 by design.</summary>
    private const string ErrorPage = "GET Home/Error";

    [Fact]
    public async Task AnonymousVisitorsAreSentToTheLoginFromEveryActionButThePublicOnes()
    {
        var routes = await RouteCatalog.ActionsAsync(app.Services);
        var (_, b) = await BranchIds.LoadAsync(app);
        var client = app.NewClient();
        var failures = new List<string>();

        foreach (var route in routes.Where(r => !r.Anonymous))
        {
            var (url, _, _) = b.UrlFor(route);
            var response = route.Method == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, new FormUrlEncodedContent([]));
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/Account/Login") != true)
                failures.Add($"{route.Key} {url} → {(int)response.StatusCode} {response.Headers.Location}");
        }

        output.WriteLine($"anonymous: {routes.Count} actions, {routes.Count(r => !r.Anonymous)} redirected to the login");
        routes.Should().HaveCountGreaterThan(40, "the catalogue reads the app's own actions");
        failures.Should().BeEmpty();
        routes.Where(r => r.Anonymous).Select(r => r.Key).Should().BeSubsetOf(PublicActions);
        (await client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/css/site.css")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryRoleOpensOnlyWhatItsPolicyAllowsAndNoRecordOfAnotherBranch()
    {
        var routes = (await RouteCatalog.ActionsAsync(app.Services)).Where(r => r.Method == "GET").ToList();
        var (a, b) = await BranchIds.LoadAsync(app);
        var failures = new List<string>();
        var unknown = new SortedSet<string>();
        var tried = 0;

        foreach (var (user, role, branch) in DemoUsers.All)
        {
            var client = await app.SignedInAsync(user);
            var other = branch == 'B' ? a : b;
            foreach (var route in routes)
            {
                var (url, scoped, names) = other.UrlFor(route);
                foreach (var name in names)
                    unknown.Add($"{route.Key}({name})");
                var allowed = await RouteCatalog.AllowsAsync(app.Services, route, role);
                var response = await client.GetAsync(url);
                tried++;
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? "";
                var denied = response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/Account/AccessDenied");
                var verdict = $"{user} {route.Key} {url} → {status} {location}";
                if (status >= 500 && route.Key != ErrorPage)
                    failures.Add("server error: " + verdict);
                else if (!allowed && !denied)
                    failures.Add("policy denies but served: " + verdict);
                else if (allowed && location.Contains("/Account/"))
                    failures.Add("policy allows but refused: " + verdict);
                else if (allowed && branch is not null && scoped && !(denied || response.StatusCode == HttpStatusCode.NotFound))
                    failures.Add("another branch's record served: " + verdict);
            }
        }

        output.WriteLine($"roles × GET actions tried: {DemoUsers.All.Length} × {routes.Count} = {tried}");
        output.WriteLine("filled with the other branch's id (meaning unknown): " + string.Join(", ", unknown));
        tried.Should().Be(DemoUsers.All.Length * routes.Count);
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryPostWithoutAnAntiforgeryTokenIsRejectedAndWritesNothing()
    {
        var routes = (await RouteCatalog.ActionsAsync(app.Services)).Where(r => r.Method == "POST").ToList();
        var (a, _) = await BranchIds.LoadAsync(app);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, _, _) in DemoUsers.All)
            clients[user] = await app.SignedInAsync(user);
        var before = await TableCounts.ReadAsync(app);
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var client = app.NewClient();
            if (!route.Anonymous)
            {
                var user = await FirstAllowedAsync(route);
                user.Should().NotBeNull($"some demo role may use {route.Key}");
                client = clients[user!];
            }
            var (url, _, _) = a.UrlFor(route);
            var path = url.Split('?')[0];
            var fields = url.Contains('?') ? url.Split('?')[1].Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1])) : [];
            var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{route.Key} {path} → {(int)response.StatusCode} {response.Headers.Location}");
        }

        output.WriteLine($"POST actions tried without a token: {routes.Count}");
        routes.Should().HaveCountGreaterThan(15);
        failures.Should().BeEmpty();
        (await TableCounts.ReadAsync(app)).Should().Equal(before);
    }

    private async Task<string?> FirstAllowedAsync(RouteAction route)
    {
        foreach (var (user, role, _) in DemoUsers.All)
            if (await RouteCatalog.AllowsAsync(app.Services, route, role))
                return user;
        return null;
    }
}

public sealed class SqliteRouteWideTests(SqliteAppFactory app, ITestOutputHelper output)
    : RouteWideTests<SqliteAppFactory>(app, output), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlRouteWideTests(PostgreSqlAppFactory app, ITestOutputHelper output)
    : RouteWideTests<PostgreSqlAppFactory>(app, output), IClassFixture<PostgreSqlAppFactory>;
