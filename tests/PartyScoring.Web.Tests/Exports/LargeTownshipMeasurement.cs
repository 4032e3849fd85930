using System.Diagnostics;
using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>
/// Issue 5 "measured in the closing note": the township workbook for the demo data and for 5,000 generated members,
/// and a 200-member branch PDF. Figures go to the test output and TestResults/exports/measurements.txt; the assertions
/// check the documents' content only (no timed assertions).
/// </summary>
public sealed class LargeTownshipMeasurement(SqliteAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteAppFactory>
{
    private const int GeneratedBranches = 25;
    private const int MembersPerBranch = 200;
    private static readonly int LastYear = DateTime.Now.Year - 1;

    [Fact]
    public async Task TownshipWorkbookOf5000MembersAndA200MemberBranchPdfAreComplete()
    {
        var office = await app.SignedInAsync("office");
        var (_, demoRows) = await MeasureAsync("township workbook, demo data", () => DownloadAsync(office, $"/TownshipExports/Workbook?year={LastYear}&format=xlsx"), CountMemberRows);

        var firstBranch = await GenerateAsync();
        var (_, rows) = await MeasureAsync($"township workbook, demo + {GeneratedBranches * MembersPerBranch} generated members",
            () => DownloadAsync(office, $"/TownshipExports/Workbook?year={LastYear}&format=xlsx"), CountMemberRows);
        var (pdf, _) = await MeasureAsync($"year register PDF of a {MembersPerBranch}-member branch",
            () => DownloadAsync(office, $"/Exports/YearRegister/{firstBranch}?year={LastYear}&format=pdf"), b => b.Length);

        rows.Should().Be(demoRows + GeneratedBranches * MembersPerBranch, "every generated member has a row on their branch's sheet");
        var text = ExportFiles.PdfText(pdf, "year-register-200");
        var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        pages.Should().HaveCountGreaterThan(3);
        pages.Should().OnlyContain(p => p.Contains("姓名") && p.Contains("年度积分"), "the header row repeats on every page");
        text.Should().MatchRegex($@"第\s*{pages.Count}\s*页\s*/\s*共\s*{pages.Count}\s*页");
        output.WriteLine($"PDF pages: {pages.Count}");
    }

    private static int CountMemberRows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        // Branch sheets only: a member row has a name in column B and a total in column H.
        return ExportFiles.Sheets(document).Skip(1).Sum(s => s.Rows.Count(r => r.Length >= 9 && r[1].Length > 0 && decimal.TryParse(r[7], out _)));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Runs <paramref name="work"/> once, sampling the process's working set and managed heap every 5 ms.</summary>
    private async Task<(byte[] Result, int Figure)> MeasureAsync(string label, Func<Task<byte[]>> work, Func<byte[], int> figure)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = (WorkingSet: process.WorkingSet64, Heap: GC.GetTotalMemory(false));
        long peakWorkingSet = baseline.WorkingSet, peakHeap = baseline.Heap;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        stop.Cancel();
        await sampler;
        var value = figure(result);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{label}: {clock.Elapsed.TotalSeconds:0.00} s, file {result.Length / 1024} KB, figure {value}, " +
            $"peak working set {peakWorkingSet / 1048576} MB (+{(peakWorkingSet - baseline.WorkingSet) / 1048576} MB over {baseline.WorkingSet / 1048576} MB), " +
            $"peak managed heap +{(peakHeap - baseline.Heap) / 1048576} MB, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MB");
        output.WriteLine(line);
        await File.AppendAllTextAsync(Path.Combine(ExportFiles.ArtifactFolder, "measurements.txt"), $"{DateTime.UtcNow:u} {line}\n");
        return (result, value);
    }

    /// <summary>25 more branches of 200 members under the demo township, each with a year of confirmed lines.</summary>
    private Task<int> GenerateAsync() => app.WithDbAsync(async db =>
    {
        var township = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Township);
        var scheme = (await SchemeLookup.CurrentAsync(db, township.Id, LastYear))!;
        var duty = scheme.Items.First(i => i.Code == "D01" && i.BranchId is null);
        var missed = scheme.Items.First(i => i.Code == "K01");
        var random = new Random(5000);
        var first = 0;
        for (var b = 0; b < GeneratedBranches; b++)
        {
            var branch = township.AddChild($"测试{b + 1:00}村党支部", OrganisationKind.Branch, BranchField.Rural);
            db.Organisations.Add(branch);
            await db.SaveChangesAsync();
            branch.AssignPath();
            if (b == 0)
                first = branch.Id;
            var members = Enumerable.Range(0, MembersPerBranch).Select(i => new Member($"测{b:00}{i:000}号", Gender.Male,
                new DateOnly(1960 + i % 40, 1 + i % 12, 1 + i % 28), branch.Id, MembershipStatus.Full, MemberCategory.Rural,
                new DateOnly(2005, 1, 1), new DateOnly(LastYear, 1, 1))).ToList();
            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            var at = new DateTimeOffset(LastYear, 12, 20, 8, 0, 0, TimeSpan.Zero);
            foreach (var m in members)
                for (var q = 1; q <= 4; q++)
                {
                    var line = LedgerLine.Enter(m.Id, branch.Id, LastYear, q, duty, random.Next(2, 11) / 2m, "履行岗位职责", LedgerSource.ClerkEntry, "clerk1", at);
                    line.Confirm("secretary1", at);
                    db.LedgerLines.Add(line);
                    if (random.NextDouble() < 0.3)
                    {
                        var deduction = LedgerLine.Enter(m.Id, branch.Id, LastYear, q, missed, 1, "无故缺席主题党日", LedgerSource.ClerkEntry, "clerk1", at);
                        deduction.Confirm("secretary1", at);
                        db.LedgerLines.Add(deduction);
                    }
                }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            township = await db.Organisations.SingleAsync(o => o.Id == township.Id);
        }
        return first;
    });
}
