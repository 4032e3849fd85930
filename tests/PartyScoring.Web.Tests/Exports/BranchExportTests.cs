using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>
/// Issue 5 "done when": every branch register read back from Excel (OpenXML SDK) and PDF (pdftotext) carries the
/// same member, total and grade as the branch page for the same data.
/// </summary>
public abstract class BranchExportTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private static readonly int LastYear = DateTime.Now.Year - 1;
    private string Provider => typeof(TFactory).Name.Replace("AppFactory", "").ToLowerInvariant();

    private Task<int> BranchOfAsync(string user) => app.WithDbAsync(db => db.Users.Where(u => u.UserName == user).Select(u => u.OrganisationId).SingleAsync());

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task YearRegisterInExcelHasTheBranchPagesTotalsAndGradesAndIsLaidOutForA4()
    {
        var branch = await BranchOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        var page = PageFigures.AllRows(await clerk.GetPageAsync($"/Branches/Details/{branch}?year={LastYear}"));

        var bytes = await DownloadAsync(clerk, $"/Exports/YearRegister/{branch}?year={LastYear}&format=xlsx", Xlsx);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var (_, rows, part) = ExportFiles.Sheets(document)[0];
        rows[0][0].Should().Be("党员年度积分统计表");
        rows[1][0].Should().Contain("红星村");
        rows[3].Should().Contain(["姓名", "年度积分", "等次"]);
        page.Should().NotBeEmpty();
        foreach (var member in page)
        {
            var row = rows.Single(r => r.Length >= 9 && r[1] == member.Name);
            row[7].Should().Be(member.Total, member.Name);
            row[8].Should().Be(member.Grade, member.Name);
        }
        rows.Should().Contain(r => r.Length > 0 && r[0].Contains("党组织负责人") && r[0].Contains("填表人") && r[0].Contains("日期"));
        var sheet = part.Worksheet;
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).Should().Contain("A1:I1");
        sheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
        var setup = sheet.Descendants<PageSetup>().Single();
        setup.PaperSize!.Value.Should().Be(9u);
        setup.Orientation!.Value.Should().Be(OrientationValues.Landscape);
        setup.FitToWidth!.Value.Should().Be(1u);
        document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Should().Contain(d => d.Name == "_xlnm.Print_Titles" && d.Text.EndsWith("$4:$4"));
        document.WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Should().Contain(f => f.FormatCode == "0.0");
    }

    [Fact]
    public async Task YearRegisterInPdfHasTheBranchPagesTotalsAndGradesInChineseWithEmbeddedFonts()
    {
        var branch = await BranchOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        var page = PageFigures.GradedRows(await clerk.GetPageAsync($"/Branches/Details/{branch}?year={LastYear}"));

        var pdf = await DownloadAsync(clerk, $"/Exports/YearRegister/{branch}?year={LastYear}&format=pdf", "application/pdf");

        var name = $"year-register-{Provider}";
        var text = ExportFiles.PdfText(pdf, name);
        text.Should().Contain("党员年度积分统计表").And.Contain("红星村").And.Contain("党组织负责人");
        text.Should().MatchRegex(@"第\s*1\s*页\s*/\s*共\s*\d+\s*页", "every page carries its number");
        var lines = text.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var member in page)
            lines.Should().Contain(l => l.Contains(member.Name) && l.Contains(member.Total) && l.Contains(member.Grade), member.Name);
        var fonts = ExportFiles.PdfFonts(name);
        fonts.Split('\n').Skip(2).Where(l => l.Length > 0).Should().NotBeEmpty().And.OnlyContain(l => l.Contains(" yes "), "every font is embedded");
    }

    [Fact]
    public async Task QuarterlyFormListsEachMembersLinesOfTheQuarterWithTheLedgersQuarterTotal()
    {
        var year = DateTime.Now.Year;
        var quarter = (DateTime.Now.Month + 2) / 3;
        var branch = await BranchOfAsync("clerk1");
        var expected = await app.WithDbAsync(async db =>
        {
            var members = await db.Members.Where(m => m.BranchId == branch).Select(m => new { m.Id, m.Name }).ToListAsync();
            var ids = members.Select(m => m.Id).ToList();
            var lines = await db.LedgerLines.Where(l => ids.Contains(l.MemberId) && l.Year == year && l.Quarter == quarter
                && (l.State == LedgerLineState.Confirmed || l.State == LedgerLineState.Draft)).ToListAsync();
            return members.ToDictionary(m => m.Name, m => (Total: lines.Where(l => l.MemberId == m.Id).Sum(l => l.Points), Count: lines.Count(l => l.MemberId == m.Id)));
        });
        var clerk = await app.SignedInAsync("clerk1");

        var rows = ExportFiles.FirstSheet(await DownloadAsync(clerk, $"/Exports/Quarterly/{branch}?year={year}&quarter={quarter}&format=xlsx", Xlsx));
        var text = ExportFiles.PdfText(await DownloadAsync(clerk, $"/Exports/Quarterly/{branch}?year={year}&quarter={quarter}&format=pdf", "application/pdf"), $"quarterly-{Provider}");

        rows[0][0].Should().Be("党员积分登记表");
        rows[2][0].Should().Be($"{year} 年第 {quarter} 季度");
        text.Should().Contain("党员积分登记表").And.Contain($"{year} 年第 {quarter} 季度").And.Contain("填表人");
        foreach (var (name, (total, count)) in expected.Where(e => e.Value.Count > 0))
        {
            var first = rows.FindIndex(r => r.Length >= 7 && r[1] == name);
            rows[first][5].Should().Be(total.ToString("0.0"), name);
            rows.Skip(first).TakeWhile((r, i) => i == 0 || r[1] == "").Count().Should().Be(count, $"{name} has one row per line");
            text.Should().Contain(name);
        }
        if (quarter == (DateTime.Now.Month + 2) / 3)
            rows.Should().Contain(r => r.Length >= 7 && r[4] == "草稿（未确认）", "the demo's current quarter is still draft and marked so");
    }

    [Fact]
    public async Task NoticeSheetOfTheLastQuarterShowsThePagesYearTotalsAndGradesWithoutReasons()
    {
        var branch = await BranchOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        var page = PageFigures.GradedRows(await clerk.GetPageAsync($"/Branches/Details/{branch}?year={LastYear}"));

        var rows = ExportFiles.FirstSheet(await DownloadAsync(clerk, $"/Exports/Notice/{branch}?year={LastYear}&quarter=4&format=xlsx", Xlsx));
        var text = ExportFiles.PdfText(await DownloadAsync(clerk, $"/Exports/Notice/{branch}?year={LastYear}&quarter=4&format=pdf", "application/pdf"), $"notice-{Provider}");

        rows[0][0].Should().Be("党员积分公示表");
        rows[3].Should().HaveCount(6).And.NotContain("备注");
        var lines = text.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        foreach (var member in page)
        {
            var row = rows.Single(r => r.Length >= 6 && r[1] == member.Name);
            row[4].Should().Be(member.Total, member.Name);
            row[5].Should().Be(member.Grade, member.Name);
            lines.Should().Contain(l => l.Contains(member.Name) && l.Contains(member.Total) && l.Contains(member.Grade), member.Name);
        }
    }

    [Fact]
    public async Task MemberArchiveCarriesEachYearsTotalAndGradeAsTheMemberPageShowsThem()
    {
        var memberId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "member1").Select(u => u.MemberId!.Value).SingleAsync());
        var member = await app.SignedInAsync("member1");
        var details = await member.GetPageAsync($"/Members/Details/{memberId}?year={LastYear}");
        var total = details.QuerySelector("#own-total")!.TextContent.Trim();
        var grade = details.QuerySelector("#own-grade")!.TextContent.Trim();
        details.QuerySelector("#archive-links a")!.GetAttribute("href").Should().Contain($"/Exports/Archive/{memberId}");

        var rows = ExportFiles.FirstSheet(await DownloadAsync(member, $"/Exports/Archive/{memberId}?format=xlsx", Xlsx));
        var text = ExportFiles.PdfText(await DownloadAsync(member, $"/Exports/Archive/{memberId}?format=pdf", "application/pdf"), $"archive-{Provider}");

        rows[0][0].Should().Be("个人积分档案");
        var yearRow = rows.Single(r => r.Length >= 8 && r[0] == LastYear.ToString() && r[2] == "年度积分");
        yearRow[6].Should().Be(total);
        yearRow[7].Should().Be(grade);
        text.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Should().Contain(l => l.Contains(LastYear.ToString()) && l.Contains(total) && l.Contains(grade));
    }
}

public sealed class SqliteBranchExportTests(SqliteAppFactory app) : BranchExportTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlBranchExportTests(PostgreSqlAppFactory app) : BranchExportTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
