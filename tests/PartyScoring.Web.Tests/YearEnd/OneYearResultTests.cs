using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Web.Tests.Exports;
using PartyScoring.Web.Tests.Portal;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.YearEnd;

/// <summary>
/// One year result: every page and every paper that shows a member's year — the branch ranking, the portal, the member's page,
/// the results page, the annual notice, the year-end register (Excel read back), the township workbook, the statistics table
/// and the member archive — shows the same total, grade and rank, for every demo member and year; and still does under a
/// scheme that adds the democratic-evaluation votes (seed 003), after a correcting line, and after a correction made while
/// the annual notice is up (the notice's record stands everywhere).
/// </summary>
public abstract class OneYearResultTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private static readonly int ThisYear = DateTime.Now.Year;
    private static readonly int LastYear = ThisYear - 1;

    /// <summary>A member's year as a page or paper prints it: total, grade (empty when not graded) and rank (empty when none).</summary>
    private sealed record Figure(string Total, string Grade, string Rank);

    private Task<List<(int Id, string Name)>> BranchesAsync() => app.WithDbAsync(async db =>
        (await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync())
        .Select(o => (o.Id, o.Name)).ToList());

    private static string Grade(string text) => text.Trim() is "不参与评定" or "" ? "" : text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    private static string Rank(string text) => Regex.Match(text, @"\d+") is { Success: true } m ? m.Value : "";

    /// <summary>The branch ranking (/Branches/Details): the reference every other surface is compared with, by member id.</summary>
    private static async Task<(Dictionary<int, Figure> ById, Dictionary<string, int> IdByName)> RankingAsync(HttpClient client, int branch, int year)
    {
        var page = await client.GetPageAsync($"/Branches/Details/{branch}?year={year}");
        var rows = page.QuerySelectorAll("table.points-table tbody tr[data-member-id]").ToList();
        var byId = new Dictionary<int, Figure>();
        var byName = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var id = int.Parse(row.GetAttribute("data-member-id")!);
            var grade = row.QuerySelector("td.grade");
            byId[id] = new Figure(row.QuerySelector("td.total")!.TextContent.Trim(), Grade(grade?.TextContent ?? ""),
                grade is null ? "" : row.QuerySelector("td")!.TextContent.Trim());
            byName[row.QuerySelector("td a")!.TextContent.Trim()] = id;
        }
        return (byId, byName);
    }

    private static async Task<byte[]> XlsxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A register-shaped sheet (year register, a workbook's branch sheet): rank, name, …, total (col 8), grade (col 9).</summary>
    private static Dictionary<int, Figure> RegisterRows(IEnumerable<string[]> rows, Dictionary<string, int> idByName) =>
        rows.Where(r => r.Length >= 9 && idByName.ContainsKey(r[1]))
            .ToDictionary(r => idByName[r[1]], r => new Figure(r[7], Grade(r[8]), r[0] == "" ? "" : Rank(r[0].Split('.')[0])));

    private static string Points(string text) => text.Trim();

    /// <summary>
    /// How many members of each branch have their portal and own page compared (null: all). Every other surface is compared
    /// for every member on every provider.
    /// </summary>
    protected virtual int? MembersPerBranchOnOwnPages => null;

    /// <summary>Checks every surface of one branch and year against its ranking page; returns the reference for further checks.</summary>
    private async Task<(Dictionary<int, Figure> ById, Dictionary<string, int> IdByName)> EverySurfaceAgreesAsync(HttpClient office,
        int branch, string branchName, int year)
    {
        var (reference, idByName) = await RankingAsync(office, branch, year);
        reference.Should().NotBeEmpty($"{branchName} {year}");
        var graded = reference.Where(r => r.Value.Grade != "").ToDictionary();

        // Portal and the member's own page, member by member.
        foreach (var (id, expected) in reference.OrderBy(r => r.Key).Take(MembersPerBranchOnOwnPages ?? int.MaxValue))
        {
            var portal = await office.GetPageAsync($"/Portal/Index/{id}?year={year}");
            new Figure(Points(portal.QuerySelector("#portal-total")!.TextContent), Grade(portal.QuerySelector("#portal-grade")!.TextContent),
                    Rank(portal.QuerySelector("#portal-rank")!.TextContent))
                .Should().Be(expected, $"portal of {id}, {branchName} {year}");
            var details = await office.GetPageAsync($"/Members/Details/{id}?year={year}");
            details.QuerySelector("#own-total")!.TextContent.Trim().Should().Be(expected.Total, $"member page of {id}");
            Grade(details.QuerySelector("#own-grade")!.TextContent).Should().Be(expected.Grade, $"member page of {id}");
        }

        // The year-end register in Excel.
        var register = RegisterRows(ExportFiles.FirstSheet(await XlsxAsync(office, $"/Exports/YearRegister/{branch}?year={year}&format=xlsx")), idByName);
        register.Should().BeEquivalentTo(reference, $"year register of {branchName} {year}");

        // The results page: the recommendation list is exactly the 优秀 members, with their rank and total.
        var results = await office.GetPageAsync($"/YearEndResults/Branch/{branch}?year={year}");
        results.QuerySelectorAll("#recommended tbody tr[data-member-id]")
            .Select(r => (int.Parse(r.GetAttribute("data-member-id")!), r.Children[0].TextContent.Trim(), r.Children[2].TextContent.Trim()))
            .Should().BeEquivalentTo(graded.Where(g => g.Value.Grade == "优秀").Select(g => (g.Key, g.Value.Rank, g.Value.Total)),
                $"recommendation list of {branchName} {year}");

        // The annual notice / register page, when the year-end register holds a record.
        var registerId = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.BranchId == branch && r.Year == year)
            .Where(YearEndRegister.HoldsRecord).Select(r => (int?)r.Id).SingleOrDefaultAsync());
        if (registerId is { } rid)
        {
            var notice = await office.GetPageAsync($"/YearEnd/Register/{rid}");
            var entries = notice.QuerySelectorAll(".register-section tbody tr[data-member-id]").ToDictionary(
                r => int.Parse(r.GetAttribute("data-member-id")!),
                r => new Figure(r.QuerySelector("td.total")!.TextContent.Trim(), Grade(r.QuerySelector("td.grade")!.TextContent),
                    r.Children[0].TextContent.Trim()));
            entries.Should().BeEquivalentTo(reference, $"register page of {branchName} {year}");
        }
        return (reference, idByName);
    }

    [Fact]
    public async Task EveryDemoMemberHasTheSameYearOnEveryPageAndPaper()
    {
        var branches = await BranchesAsync();
        var office = await app.SignedInAsync("office");
        var byYearAndMember = new Dictionary<(int Year, int MemberId), Figure>();
        foreach (var year in new[] { LastYear, ThisYear })
        {
            var all = new Dictionary<string, (Dictionary<int, Figure> Figures, Dictionary<string, int> IdByName)>();
            foreach (var (id, name) in branches)
            {
                all[name] = await EverySurfaceAgreesAsync(office, id, name, year);
                foreach (var (memberId, figure) in all[name].Figures)
                    byYearAndMember[(year, memberId)] = figure;
            }

            // The township workbook: one sheet per branch laid out as the register, and the summary's counts.
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(await XlsxAsync(office, $"/TownshipExports/Workbook?year={year}&format=xlsx")), false);
            var sheets = ExportFiles.Sheets(workbook);
            var statistics = ExportFiles.FirstSheet(await XlsxAsync(office, $"/TownshipExports/Statistics?table=1&year={year}&format=xlsx"));
            foreach (var (id, name) in branches)
            {
                var (figures, idByName) = all[name];
                RegisterRows(sheets.Single(s => s.Rows[1][0].EndsWith(name)).Rows, idByName)
                    .Should().BeEquivalentTo(figures, $"workbook sheet of {name} {year}");
                var graded = figures.Values.Where(f => f.Grade != "").ToList();
                var summary = sheets[0].Rows.Single(r => r.Length > 1 && r[0] == name);
                summary[1].Should().Be(graded.Count.ToString("0.0"), $"workbook summary of {name} {year}");
                summary[2].Should().Be(graded.Count(f => f.Grade == "优秀").ToString("0.0"), $"workbook summary of {name} {year}");
                var stats = statistics.Single(r => r.Length > 1 && r[0] == name);
                stats[1].Should().Be(graded.Count.ToString("0.0"), $"statistics of {name} {year}");
                stats[2].Should().Be(graded.Count(f => f.Grade == "优秀").ToString("0.0"), $"statistics of {name} {year}");
            }
        }

        // The member archive: each year's total and grade for every member of the township, as the pages above showed them.
        // (A member without a line in a year has no year in their archive: the exempt elder has none at all.)
        var members = await app.WithDbAsync(db => db.Members.Select(m => m.Id).ToListAsync());
        var compared = 0;
        foreach (var memberId in members)
        {
            var archive = ExportFiles.FirstSheet(await XlsxAsync(office, $"/Exports/Archive/{memberId}?format=xlsx"));
            foreach (var row in archive.Where(r => r.Length >= 8 && r[2] == "年度积分"))
            {
                var expected = byYearAndMember[(int.Parse(row[0]), memberId)];
                (row[6], Grade(row[7])).Should().Be((expected.Total, expected.Grade), $"archive of {memberId} {row[0]}");
                compared++;
            }
        }
        compared.Should().BeGreaterThan(members.Count, "nearly every member has lines in both years");
    }

    [Fact]
    public async Task WithDemocraticEvaluationVotesAndCorrectionsEveryPageAndPaperStillAgrees()
    {
        var memberId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "member1").Select(u => u.MemberId!.Value).SingleAsync());
        var (branchId, branchName) = await app.WithDbAsync(async db =>
        {
            var branch = await db.Members.Where(m => m.Id == memberId).Select(m => m.BranchId).SingleAsync();
            return (branch, await db.Organisations.Where(o => o.Id == branch).Select(o => o.Name).SingleAsync());
        });
        var office = await app.SignedInAsync("office");
        var before = (await RankingAsync(office, branchId, ThisYear)).ById[memberId];

        // Seed 003: the evaluation counts in the total. The evaluation group votes; a deduction is confirmed, then corrected.
        await app.WithDbAsync(async db => { await PortalChanges.CountVotesInTotalAsync(db); return 0; });
        await app.WithDbAsync(async db => { await PortalChanges.VoteAsync(db, memberId, new EvaluationVotes(8, 2, 0, 10)); return 0; });
        var wrong = await app.WithDbAsync(db => PortalChanges.ConfirmedDeductionAsync(db, memberId, 3m));
        await app.WithDbAsync(async db => { await PortalChanges.ReverseAsync(db, wrong); return 0; });
        await app.WithDbAsync(db => PortalChanges.ConfirmedDeductionAsync(db, memberId, 1m));

        var withVotes = (await EverySurfaceAgreesAsync(office, branchId, branchName, ThisYear)).ById[memberId];
        decimal.Parse(withVotes.Total).Should().Be(decimal.Parse(before.Total) + 9m - 1m,
            "好 8 × 10 + 中 2 × 5 over 10 voters adds 9 to the total; the corrected deduction leaves 1 taken off");

        // The annual notice opens: its snapshot is the record. A correction confirmed afterwards changes no page or paper.
        var secretary = await app.SignedInAsync("secretary1");
        var register = await app.RegisterOfAsync("secretary1", ThisYear);
        (await secretary.YearEndStepAsync(register, YearEndAction.OpenNotice)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RegisterStateAsync(register)).Should().Be(YearEndState.PublicNotice);
        var (recorded, _) = await EverySurfaceAgreesAsync(office, branchId, branchName, ThisYear);
        recorded[memberId].Should().Be(withVotes);

        await app.WithDbAsync(db => PortalChanges.ConfirmedDeductionAsync(db, memberId, 2m));
        var (afterLateLine, _) = await EverySurfaceAgreesAsync(office, branchId, branchName, ThisYear);
        afterLateLine.Should().BeEquivalentTo(recorded, "the notice's record stands until an objection recomputes it");
    }
}

public sealed class SqliteOneYearResultTests(SqliteAppFactory app) : OneYearResultTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlOneYearResultTests(PostgreSqlAppFactory app) : OneYearResultTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>
{
    // The test databases run without connection pooling, so on PostgreSQL every query of every page starts a server process:
    // the two per-member pages for all 61 members took minutes. SQLite compares them all; PostgreSQL the first five of each branch.
    protected override int? MembersPerBranchOnOwnPages => 5;
}
