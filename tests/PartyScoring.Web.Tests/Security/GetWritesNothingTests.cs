using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 20 §5: no GET changes state. Every GET action the app registers, for every demo role, with the ids of the
/// user's own branch (so the action really runs rather than answering 404), once as the catalogue fills it and once
/// more with a future year where it takes one (a year nobody started: the reported draft sheets). The table counts
/// and the newest audit line are compared after each request, so the report names the route that wrote.
/// </summary>
public abstract class GetWritesNothingTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : AppFactory
{
    [Fact]
    public async Task NoGetRequestOfAnyRoleWritesARow()
    {
        var routes = (await RouteCatalog.ActionsAsync(app.Services)).Where(r => r.Method == "GET").ToList();
        var (a, b) = await BranchIds.LoadAsync(app);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, _, _) in DemoUsers.All)
            clients[user] = await app.SignedInAsync(user); // signing in writes (failed-count reset); done before the first snapshot
        var writes = new List<string>();
        var checkedUrls = 0;
        var disclosures = 0;
        var before = await WriteSnapshot.ReadAsync(app);

        foreach (var (user, _, branch) in DemoUsers.All)
        {
            var own = branch == 'B' ? b : a;
            foreach (var route in routes)
            {
                var (url, _, _) = own.UrlFor(route);
                var urls = url.Contains("year=", StringComparison.Ordinal)
                    ? new[] { url, System.Text.RegularExpressions.Regex.Replace(url, "year=\\d+", "year=2099") }
                    : [url];
                foreach (var u in urls)
                {
                    var response = await clients[user].GetAsync(u);
                    checkedUrls++;
                    var after = await WriteSnapshot.ReadAsync(app);
                    if (await IsOnlyADisclosureRecordAsync(before, after))
                        disclosures++;
                    else if (!after.SameAs(before))
                        writes.Add($"{user} GET {u} → {(int)response.StatusCode}: {string.Join(", ", after.ChangesSince(before))} (audit {before.LastAudit} → {after.LastAudit})");
                    before = after;
                }
            }
        }

        output.WriteLine($"GET requests checked for writes: {checkedUrls} ({routes.Count} GET actions × {DemoUsers.All.Length} roles, plus a future year); " +
                         $"{disclosures} of them downloads of personal data that left their disclosure line");
        routes.Should().HaveCountGreaterThan(40);
        writes.Should().BeEmpty();
    }

    /// <summary>
    /// The one write a GET may make: a download of personal data leaves an audit line saying who took whose data
    /// (<see cref="ExportAudit"/>, required by the personal-information law). It records a read; it changes nothing.
    /// </summary>
    private async Task<bool> IsOnlyADisclosureRecordAsync(WriteSnapshot before, WriteSnapshot after)
    {
        if (after.LastAudit == before.LastAudit || after.ChangesSince(before).Any(c => !c.StartsWith("AuditEntries ", StringComparison.Ordinal)))
            return false;
        var actions = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > before.LastAudit).Select(a => a.Action).ToListAsync());
        return actions.Count > 0 && actions.All(a => a == ExportAudit.Action);
    }
}

public sealed class SqliteGetWritesNothingTests(SqliteAppFactory app, ITestOutputHelper output)
    : GetWritesNothingTests<SqliteAppFactory>(app, output), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlGetWritesNothingTests(PostgreSqlAppFactory app, ITestOutputHelper output)
    : GetWritesNothingTests<PostgreSqlAppFactory>(app, output), IClassFixture<PostgreSqlAppFactory>;
