using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Testing;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Durability;

/// <summary>
/// Issue 8 §6 "Durability": the real app, as its own OS process, is killed (SIGKILL) while it saves a large entry
/// grid in one transaction. Whatever the moment, the database holds either none or all of the save — lines and
/// their audit lines together — the SQLite file passes its integrity check, and the app starts again and serves
/// the grid. The kills are spread over the save's duration, measured first by an undisturbed save.
/// </summary>
public abstract class CrashDuringSaveTests(DatabaseProvider provider, ITestOutputHelper output) : IDisposable
{
    /// <summary>Moments of the kill as fractions of an undisturbed save's round trip (0 = as the request leaves).</summary>
    private static readonly double[] KillAt = [0, 0.5, 0.7, 0.8, 0.88, 0.95, 1.05];

    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "partyscoring-crash", Guid.NewGuid().ToString("N"));

    private enum Outcome { None, All }

    /// <summary>The grid as the clerk posts it, and what the sheet's lines must be if the save commits.</summary>
    private sealed record PlannedSave(Dictionary<string, string> Form, IReadOnlyList<string> ExpectedContent, int Changes, Dictionary<string, string> CellsAfter);

    [Fact]
    public async Task KillingTheAppDuringALargeGridSaveLeavesAllOrNoneOfTheSave()
    {
        var outcomes = new List<Outcome>();
        int sheet;
        using (var first = await AppProcess.StartAsync(_database, _work)) // migrates and seeds the demo township
            sheet = await CurrentSheetOfClerk1Async();

        // An undisturbed save (killed only after its answer) shows how long a save takes on this machine.
        var (elapsed, lastCells) = await RunAsync(sheet, killAfter: null, outcomes);
        outcomes.Single().Should().Be(Outcome.All, "a save that was answered is committed");
        output.WriteLine($"{provider}: an undisturbed save of the grid took {elapsed.TotalMilliseconds:0} ms");

        foreach (var fraction in KillAt)
            (_, lastCells) = await RunAsync(sheet, TimeSpan.FromMilliseconds(elapsed.TotalMilliseconds * fraction), outcomes);

        // Restarted once more after the last kill, the app serves the grid with exactly what the database holds.
        using (var app = await AppProcess.StartAsync(_database, _work))
        {
            using var client = await SignedInAsync(app);
            var page = await client.GetPageAsync($"/Quarters/Grid/{sheet}");
            Cells(QuarterPages.GridValues(page)).Should().Equal(lastCells, "the grid shows the state the last run left");
        }

        var none = outcomes.Count(o => o == Outcome.None);
        var all = outcomes.Count(o => o == Outcome.All);
        output.WriteLine($"{provider}: {outcomes.Count} kills, {none} left none of the save, {all} left all of it");
        none.Should().BeGreaterThan(0, "a kill as the request leaves must find nothing saved");
        all.Should().BeGreaterThan(0);
    }

    /// <summary>
    /// One run: start the app on the database as the previous run left it, sign in as clerk1, toggle every editable
    /// cell of the grid (empty → the item's maximum, filled → empty) and post it, kill the app, then check the database.
    /// </summary>
    /// <returns>The round trip of the save (when not killed early) and the grid cells the database now implies.</returns>
    private async Task<(TimeSpan Elapsed, Dictionary<string, string> Cells)> RunAsync(int sheet, TimeSpan? killAfter,
        List<Outcome> outcomes)
    {
        var run = Stopwatch.StartNew();
        using var app = await AppProcess.StartAsync(_database, _work);
        var startup = run.Elapsed;
        using var client = await SignedInAsync(app);
        var page = await client.GetPageAsync($"/Quarters/Grid/{sheet}");
        var before = await SheetState.ReadAsync(_database, sheet);
        var plan = Plan(page, before);

        var clock = Stopwatch.StartNew();
        var post = client.PostAsync($"/Quarters/Grid/{sheet}", new FormUrlEncodedContent(plan.Form));
        string answer;
        if (killAfter is null)
        {
            var response = await post;
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, app.Output);
            answer = "302 before the kill";
        }
        else
        {
            await Task.Delay(killAfter.Value);
            if (post.IsCompletedSuccessfully)
                post.Result.StatusCode.Should().Be(HttpStatusCode.Redirect, "a save answered before the kill was accepted");
            answer = post.IsCompletedSuccessfully ? "302 before the kill" : "none (connection lost)";
        }
        var elapsed = clock.Elapsed;
        app.Kill();
        await SheetState.WaitForOtherSessionsToEndAsync(_database);

        var after = await SheetState.ReadAsync(_database, sheet);
        var outcome = Classify(before, after, plan);
        if (answer.StartsWith("302", StringComparison.Ordinal))
            outcome.Should().Be(Outcome.All, "the app answered the save before it was killed");
        (await SheetState.IntegrityAsync(_database)).Should().Be("ok");
        try { await post; } catch (HttpRequestException) { /* the app died under the request */ } catch (TaskCanceledException) { }

        var kill = killAfter is null ? "after the answer" : $"{killAfter.Value.TotalMilliseconds:0} ms after the post";
        outcomes.Add(outcome);
        output.WriteLine($"  {plan.Changes} cells toggled, kill {kill}, answer {answer} → {outcome} (start-up {startup.TotalSeconds:0.0} s, run {run.Elapsed.TotalSeconds:0.0} s)");
        return (elapsed, outcome == Outcome.All ? plan.CellsAfter : Cells(QuarterPages.GridValues(page)));
    }

    /// <summary>Exactly the before-state, or exactly the full save with one audit line per changed line and one for the sheet.</summary>
    private static Outcome Classify(SheetState before, SheetState after, PlannedSave plan)
    {
        if (after.Lines.SequenceEqual(before.Lines))
        {
            after.LineAudits.Should().Be(before.LineAudits, "no line changed, so no line's audit line may exist");
            after.SheetAudits.Should().Be(before.SheetAudits, "no line changed, so the sheet's audit line may not exist");
            return Outcome.None;
        }
        after.Lines.Select(l => l.Content).Order().Should().Equal(plan.ExpectedContent,
            "lines that are not the before-state must be the whole save, not part of it");
        after.LineAudits.Should().Be(before.LineAudits + plan.Changes, "every added or removed line has its audit line");
        after.SheetAudits.Should().Be(before.SheetAudits + 1, "the save's audit line for the sheet exists with its lines");
        return Outcome.All;
    }

    /// <summary>Every editable cell toggled: a large save of many added and removed lines in one transaction.</summary>
    private static PlannedSave Plan(IDocument page, SheetState before)
    {
        var form = QuarterPages.GridValues(page);
        var maxima = QuarterPages.GridCells(page).ToDictionary(c => c.Name, c => c.Max.ToString(CultureInfo.InvariantCulture));
        var expected = before.Lines.Select(l => l.Content).ToList();
        var changes = 0;
        foreach (var name in form.Keys.Where(k => k.StartsWith("cells[", StringComparison.Ordinal)).ToList())
        {
            var cell = name["cells[".Length..^1];
            if (form[name].Length == 0)
            {
                form[name] = maxima[name];
                expected.Add($"{cell}:{decimal.Parse(maxima[name], CultureInfo.InvariantCulture):0.#}");
            }
            else
            {
                expected.Remove($"{cell}:{decimal.Parse(form[name], CultureInfo.InvariantCulture):0.#}").Should().BeTrue();
                form[name] = string.Empty;
            }
            changes++;
        }
        return new PlannedSave(form, expected.Order().ToList(), changes, Cells(form));
    }

    /// <summary>The grid's cells with their numbers written one way ("5.0" as typed from data-max, "5" as the grid shows it).</summary>
    private static Dictionary<string, string> Cells(Dictionary<string, string> form) =>
        form.Where(p => p.Key.StartsWith("cells[", StringComparison.Ordinal)).ToDictionary(p => p.Key,
            p => p.Value.Length == 0 ? "" : decimal.Parse(p.Value, CultureInfo.InvariantCulture).ToString("0.#", CultureInfo.InvariantCulture));

    private static async Task<HttpClient> SignedInAsync(AppProcess app)
    {
        var client = app.NewClient();
        var response = await client.LoginAsync("clerk1", DemoSeeder.DemoPassword);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, app.Output);
        return client;
    }

    private async Task<int> CurrentSheetOfClerk1Async()
    {
        await using var db = SheetState.Open(_database);
        var user = await db.Users.SingleAsync(u => u.UserName == "clerk1");
        return await db.QuarterSheets.Where(s => s.BranchId == user.OrganisationId && s.Year == DateTime.Now.Year && s.Quarter == QuarterPages.CurrentQuarter)
            .Select(s => s.Id).SingleAsync();
    }

    public void Dispose()
    {
        _database.Dispose();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { /* logs of a killed process; harmless */ }
    }
}

public sealed class SqliteCrashDuringSaveTests(ITestOutputHelper output) : CrashDuringSaveTests(DatabaseProvider.Sqlite, output);

public sealed class PostgreSqlCrashDuringSaveTests(ITestOutputHelper output) : CrashDuringSaveTests(DatabaseProvider.PostgreSql, output);
