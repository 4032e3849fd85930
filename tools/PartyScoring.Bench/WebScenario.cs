using PartyScoring.Infrastructure.Scoping;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>
/// Measurements through the app's own HTTP endpoints, in-process: the 200-member branch register as PDF
/// (cold = the first conversion after start, then warm), and saving the whole quarter grid of a 100-member branch.
/// </summary>
public static partial class WebScenario
{
    public static async Task<(double Cold, Measurement Warm)> BranchPdfAsync(BenchApp app, int year, int runs)
    {
        var branchId = await BranchIdAsync(app, 0);
        var clerk = await app.SignedInAsync("benchclerk");
        var url = $"/Exports/YearRegister/{branchId}?year={year}&format=pdf";
        var watch = Stopwatch.StartNew();
        var cold = await clerk.GetAsync(url);
        watch.Stop();
        Ensure(cold, "application/pdf");
        Console.WriteLine($"  branch PDF (200 members), cold: {watch.Elapsed.TotalMilliseconds:0} ms, {cold.Content.Headers.ContentLength:N0} bytes");
        var warm = await Measurement.RunAsync("branch PDF (200 members), warm", runs, async () => Ensure(await clerk.GetAsync(url), "application/pdf"));
        return (watch.Elapsed.TotalMilliseconds, warm);
    }

    /// <summary>
    /// "Cold" as a user meets it: a freshly started app (host, hosted services, the renderer's browser launch if any),
    /// the clerk signs in and asks for the PDF at once. Returns the PDF request alone and app start → PDF received.
    /// </summary>
    public static async Task<(Measurement Request, Measurement SinceStart)> BranchPdfAfterStartAsync(BenchOptions options, string connectionString, int year, int runs)
    {
        var requests = new List<double>();
        var sinceStart = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var app = new BenchApp(options, connectionString);
            var total = Stopwatch.StartNew();
            var clerk = await app.SignedInAsync("benchclerk");
            var url = $"/Exports/YearRegister/{await BranchIdAsync(app, 0)}?year={year}&format=pdf";
            var request = Stopwatch.StartNew();
            Ensure(await clerk.GetAsync(url), "application/pdf");
            requests.Add(request.Elapsed.TotalMilliseconds);
            sinceStart.Add(total.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  branch PDF immediately after start: request {requests[^1]:0} ms, app start → PDF {sinceStart[^1]:0} ms");
        }
        return (new Measurement("PDF request right after start", requests, [], 0), new Measurement("app start → PDF", sinceStart, [], 0));
    }

    public static async Task<Measurement> GridSaveAsync(BenchApp app, int year, int runs)
    {
        var branchId = await BranchIdAsync(app, 1);
        var clerk = await app.SignedInAsync("benchclerk100");
        var open = await clerk.GetAsync($"/Quarters/Branch/{branchId}?year={year}&quarter=1");
        var sheetUrl = open.Headers.Location?.ToString() ?? throw new InvalidOperationException($"no sheet ({open.StatusCode})");
        var sheetId = sheetUrl.Split('/').Last();
        var round = 0;
        return await Measurement.RunAsync("quarter grid save (100 members)", runs, async () =>
        {
            // Fetching the form is not timed: only the save, which validates and writes the whole grid in one transaction.
            var page = await clerk.GetStringAsync($"/Quarters/Grid/{sheetId}");
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = BenchApp.Token(page),
                ["concurrencyStamp"] = StampPattern().Match(page).Groups[1].Value,
            };
            var amount = round++ % 2 == 0 ? "2.5" : "3";
            foreach (Match cell in CellPattern().Matches(page))
                fields[cell.Groups[1].Value] = cell.Groups[2].Value == FirstItem(page) ? amount : "";
            var response = await clerk.PostAsync($"/Quarters/Grid/{sheetId}", new FormUrlEncodedContent(fields));
            if (response.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"grid save answered {response.StatusCode}");
        });
    }

    private static string FirstItem(string page) => CellPattern().Match(page).Groups[2].Value;

    private static void Ensure(HttpResponseMessage response, string mediaType)
    {
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != mediaType)
            throw new InvalidOperationException($"expected {mediaType}, got {response.StatusCode} {response.Content.Headers.ContentType}");
    }

    private static async Task<int> BranchIdAsync(BenchApp app, int index)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var wholeDatabase = scope.ServiceProvider.GetRequiredService<DataScope>().SeeEverything(ScopeBypass.Tooling);
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        return await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Skip(index).Select(o => o.Id).FirstAsync();
    }

    [GeneratedRegex("name=\"concurrencyStamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();

    // cells[memberId-itemId]: group 1 is the field name, group 2 the item id (one column).
    [GeneratedRegex("name=\"(cells\\[\\d+-(\\d+)\\])\"")]
    private static partial Regex CellPattern();
}
