using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>The township workbook and the statistics tables agree with each branch page; every export keeps to the user's scope.</summary>
public abstract class TownshipExportTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private static readonly int LastYear = DateTime.Now.Year - 1;
    private string Provider => typeof(TFactory).Name.Replace("AppFactory", "").ToLowerInvariant();

    private Task<List<(int Id, string Name)>> BranchesAsync() => app.WithDbAsync(async db =>
        (await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync())
        .Select(o => (o.Id, o.Name)).ToList());

    [Fact]
    public async Task TownshipWorkbookHasASummaryAndOneSheetPerBranchWithEachBranchPagesFigures()
    {
        var branches = await BranchesAsync();
        var office = await app.SignedInAsync("office");

        var response = await office.GetAsync($"/TownshipExports/Workbook?year={LastYear}&format=xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = ExportFiles.Sheets(document);

        sheets.Should().HaveCount(branches.Count + 1);
        sheets[0].Rows[0][0].Should().Be("党员年度积分汇总表");
        foreach (var (id, name) in branches)
        {
            var page = await office.GetPageAsync($"/Branches/Details/{id}?year={LastYear}");
            var graded = PageFigures.GradedRows(page);
            var sheet = sheets.Single(s => s.Rows[1][0].EndsWith(name));
            foreach (var member in graded)
                sheet.Rows.Should().Contain(r => r.Length >= 9 && r[1] == member.Name && r[7] == member.Total && r[8] == member.Grade, $"{name} {member.Name}");
            var summary = sheets[0].Rows.Single(r => r.Length > 1 && r[0] == name);
            summary[1].Should().Be(graded.Count.ToString("0.0"), $"{name}: graded members");
            summary[2].Should().Be(graded.Count(m => m.Grade == "优秀").ToString("0.0"), $"{name}: 优秀");
        }
    }

    [Fact]
    public async Task StatisticsTablesCountGradesByBranchAndByCategoryAsTheBranchPagesShow()
    {
        var branches = await BranchesAsync();
        var office = await app.SignedInAsync("office");
        var pages = new Dictionary<string, List<PageRow>>();
        foreach (var (id, name) in branches)
            pages[name] = PageFigures.GradedRows(await office.GetPageAsync($"/Branches/Details/{id}?year={LastYear}"));

        var one = ExportFiles.FirstSheet(await (await office.GetAsync($"/TownshipExports/Statistics?table=1&year={LastYear}&format=xlsx")).Content.ReadAsByteArrayAsync());
        var two = ExportFiles.FirstSheet(await (await office.GetAsync($"/TownshipExports/Statistics?table=2&year={LastYear}&format=xlsx")).Content.ReadAsByteArrayAsync());
        var pdf = await office.GetAsync($"/TownshipExports/Statistics?table=1&year={LastYear}&format=pdf");
        var text = ExportFiles.PdfText(await pdf.Content.ReadAsByteArrayAsync(), $"statistics-1-{Provider}");

        one[0][0].Should().Be("党员积分管理情况统计表（一）");
        two[0][0].Should().Be("党员积分管理情况统计表（二）");
        var excellentColumn = Array.IndexOf(one[3], "优秀");
        excellentColumn.Should().BePositive();
        foreach (var (name, rows) in pages)
        {
            var row = one.Single(r => r.Length > 2 && r[0] == name);
            row[1].Should().Be(rows.Count.ToString("0.0"), name);
            row[excellentColumn].Should().Be(rows.Count(r => r.Grade == "优秀").ToString("0.0"), name);
            text.Should().Contain(name);
        }
        var total = pages.Values.Sum(r => r.Count).ToString("0.0");
        one.Single(r => r.Length > 1 && r[0] == "合计")[1].Should().Be(total);
        two.Single(r => r.Length > 1 && r[0] == "合计")[1].Should().Be(total, "table 二 counts the same members by category");
        two.Where(r => r.Length > 1 && r[0] is "机关" or "社区" or "学校" or "两新" or "农村").Sum(r => decimal.Parse(r[1])).Should().Be(decimal.Parse(total));
    }

    [Theory]
    [InlineData("/Exports/Branch/{B}")]
    [InlineData("/Exports/YearRegister/{B}?format=xlsx")]
    [InlineData("/Exports/YearRegister/{B}?format=pdf")]
    [InlineData("/Exports/Quarterly/{B}?format=xlsx")]
    [InlineData("/Exports/Notice/{B}?format=html")]
    [InlineData("/Exports/Archive/{MB}?format=xlsx")]
    public async Task ClerkCannotExportAnotherBranch(string url)
    {
        var (b, memberOfB) = await app.WithDbAsync(async db =>
        {
            var branch = await db.Users.Where(u => u.UserName == "clerk2").Select(u => u.OrganisationId).SingleAsync();
            return (branch, await db.Members.Where(m => m.BranchId == branch).Select(m => m.Id).FirstAsync());
        });
        var clerk = await app.SignedInAsync("clerk1");

        (await clerk.GetAsync(url.Replace("{B}", b.ToString()).Replace("{MB}", memberOfB.ToString()))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MemberExportsOnlyTheirOwnArchiveAndNoBranchOrTownshipRegister()
    {
        var (own, other, branch) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "member1");
            var otherId = await db.Members.Where(m => m.Id != user.MemberId).Select(m => m.Id).FirstAsync();
            return (user.MemberId!.Value, otherId, user.OrganisationId);
        });
        var member = await app.SignedInAsync("member1");

        (await member.GetAsync($"/Exports/Archive/{own}?format=xlsx")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await member.GetAsync($"/Exports/Archive/{other}?format=xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await member.GetAsync($"/Exports/YearRegister/{branch}?format=xlsx")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await member.GetAsync("/TownshipExports/Workbook?format=xlsx")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ClerkReachesTheBranchExportsPageFromTheBranchPageButNotTheTownshipExports()
    {
        var branch = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "clerk1").Select(u => u.OrganisationId).SingleAsync());
        var clerk = await app.SignedInAsync("clerk1");

        var details = await clerk.GetPageAsync($"/Branches/Details/{branch}");
        var exports = await clerk.GetPageAsync(details.QuerySelector("#exports-link")!.GetAttribute("href")!);

        exports.QuerySelectorAll("a[href*='format=xlsx']").Should().HaveCount(3);
        exports.QuerySelectorAll("a[href*='format=pdf']").Should().HaveCount(3);
        (await clerk.GetAsync("/TownshipExports/Statistics?table=1&format=xlsx")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}

public sealed class SqliteTownshipExportTests(SqliteAppFactory app) : TownshipExportTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlTownshipExportTests(PostgreSqlAppFactory app) : TownshipExportTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
