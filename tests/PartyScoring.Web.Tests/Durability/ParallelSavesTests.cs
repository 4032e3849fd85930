using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Durability;

/// <summary>
/// Issue 8 §6 "Durability": 200 single-line entries (单条录入, each with its own description) posted at once on one
/// branch's sheet by its clerk and secretary, through the whole HTTP pipeline. Every one is saved (a line overwrites
/// nobody, so simultaneous entries queue rather than conflict); the sheet gains exactly one line (and one audit line)
/// per save — none lost, none twice.
/// </summary>
public abstract class ParallelSavesTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : PooledAppFactory
{
    private const int Saves = 200;
    private const string Marker = "并发录入";

    private sealed record Entry(int Number, string Description, HttpStatusCode Status, string Body);

    [Fact]
    public async Task TwoHundredParallelLineEntriesOnOneBranchLoseNothingAndDuplicateNothing()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var staff = new List<(HttpClient Client, IHtmlFormElement Form)>();
        foreach (var login in new[] { "clerk1", "secretary1" })
        {
            var client = await app.SignedInAsync(login);
            var page = await client.GetPageAsync($"/Quarters/Grid/{sheet}");
            staff.Add((client, page.QuerySelector<IHtmlFormElement>("#line-form")!));
        }
        var grid = await staff[0].Client.GetPageAsync($"/Quarters/Grid/{sheet}");
        var members = grid.QuerySelector<IHtmlSelectElement>("#line-member")!.Options.Select(o => o.Value).ToList();
        // Each item's highest amount, read from the grid's cells (every item has a column).
        var items = QuarterPages.GridCells(grid)
            .GroupBy(c => c.ItemId)
            .Select(g => (Id: g.Key.ToString(CultureInfo.InvariantCulture), Amount: g.First().Max.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var (linesBefore, auditsBefore) = await CountsAsync(sheet);

        var clock = Stopwatch.StartNew();
        var entries = await Task.WhenAll(Enumerable.Range(0, Saves).Select(async n =>
        {
            var (client, form) = staff[n % staff.Count];
            var description = string.Create(CultureInfo.InvariantCulture, $"{Marker}第{n:000}条");
            using var response = await client.PostFormAsync(form, new Dictionary<string, string>
            {
                ["MemberId"] = members[n % members.Count],
                ["ItemId"] = items[n / members.Count % items.Count].Id,
                ["Amount"] = items[n / members.Count % items.Count].Amount,
                ["Description"] = description,
            });
            return new Entry(n, description, response.StatusCode, await response.Content.ReadAsStringAsync());
        }));
        clock.Stop();

        var saved = entries.Where(e => e.Status == HttpStatusCode.Redirect).ToList();
        var refused = entries.Where(e => e.Status == HttpStatusCode.Conflict).ToList();
        output.WriteLine($"{typeof(TFactory).Name}: {Saves} parallel entries in {clock.ElapsedMilliseconds} ms — " +
                         $"{saved.Count} saved, {refused.Count} refused as conflicts, {Saves - saved.Count - refused.Count} other");
        // Adding a line overwrites nobody, so entries arriving together queue behind each other instead of conflicting.
        entries.Should().OnlyContain(e => e.Status == HttpStatusCode.Redirect, "every entry is saved: none is a conflict, a 500 or another error");

        var written = await app.WithDbAsync(db => db.QuarterSheets.Where(s => s.Id == sheet)
            .Join(db.LedgerLines, s => new { s.BranchId, s.Year, s.Quarter }, l => new { l.BranchId, l.Year, l.Quarter }, (s, l) => l.Description)
            .Where(d => d.StartsWith(Marker)).ToListAsync());
        written.Should().OnlyHaveUniqueItems("no entry was saved twice");
        written.Should().BeEquivalentTo(saved.Select(e => e.Description), "exactly the entries answered as saved are in the ledger");
        var (linesAfter, auditsAfter) = await CountsAsync(sheet);
        (linesAfter - linesBefore).Should().Be(saved.Count, "no other line appeared or vanished");
        (auditsAfter - auditsBefore).Should().Be(saved.Count, "each saved line has its audit line");
    }

    private Task<(int Lines, int Audits)> CountsAsync(int sheet) => app.WithDbAsync(async db =>
    {
        var s = await db.QuarterSheets.SingleAsync(x => x.Id == sheet);
        var lines = await db.LedgerLines.CountAsync(l => l.BranchId == s.BranchId && l.Year == s.Year && l.Quarter == s.Quarter);
        var audits = await db.Set<AuditEntry>().CountAsync(a => a.Entity == "LedgerLine");
        return (lines, audits);
    });
}

public sealed class SqliteParallelSavesTests(PooledSqliteAppFactory app, ITestOutputHelper output)
    : ParallelSavesTests<PooledSqliteAppFactory>(app, output), IClassFixture<PooledSqliteAppFactory>;

public sealed class PostgreSqlParallelSavesTests(PooledPostgreSqlAppFactory app, ITestOutputHelper output)
    : ParallelSavesTests<PooledPostgreSqlAppFactory>(app, output), IClassFixture<PooledPostgreSqlAppFactory>;
