using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>Issue 5 §4: a good file imports in one go; any bad row rejects the whole file, naming row, column and reason in Chinese.</summary>
public abstract class RosterImportTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private const string Branch = "红星村党支部";

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    private static object[] Row(string name, string branch = Branch, int birthYear = 1985) =>
        [name, "女", new DateTime(birthYear, 3, 15), "13800138000", branch, "正式党员", "农村", "2010-07-01"];

    private Task<int> CountAsync(string prefix) => app.WithDbAsync(db => db.Members.CountAsync(m => m.Name.StartsWith(prefix)));

    private static async Task<(List<(string Row, string Column, string Reason)> Errors, string Page)> RejectedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = await Browserless.ParseAsync(response);
        var errors = page.QuerySelectorAll("#import-errors tbody tr")
            .Select(r => (r.QuerySelector(".row-number")!.TextContent, r.QuerySelector(".column")!.TextContent, r.QuerySelector(".reason")!.TextContent)).ToList();
        return (errors, page.QuerySelector("#import-rejected")?.TextContent ?? "");
    }

    [Fact]
    public async Task AGoodFileAddsEveryMemberAndReportsThem()
    {
        var prefix = Unique("导");
        var clerk = await app.SignedInAsync("clerk1");

        var response = await RosterFile.UploadAsync(clerk, RosterFile.Build([Row(prefix + "甲"), Row(prefix + "乙", birthYear: 1990), Row(prefix + "丙", birthYear: 1970)]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Browserless.ParseAsync(response);
        page.QuerySelector("#import-added")!.TextContent.Should().Contain("已导入 3 名党员");
        page.QuerySelectorAll("#added-members tbody tr").Select(r => r.Children[0].TextContent).Should().BeEquivalentTo([prefix + "甲", prefix + "乙", prefix + "丙"]);
        var added = await app.WithDbAsync(db => db.Members.Where(m => m.Name.StartsWith(prefix)).ToListAsync());
        added.Should().HaveCount(3).And.OnlyContain(m => m.Category == MemberCategory.Rural && m.Status == MembershipStatus.Full && m.Gender == Gender.Female);
        added.Single(m => m.Name == prefix + "乙").BirthDate.Should().Be(new DateOnly(1990, 3, 15));
        added.Should().OnlyContain(m => m.JoinedOn == new DateOnly(2010, 7, 1) && m.Phone == "13800138000");
    }

    [Fact]
    public async Task OneBadRowAmong500RejectsTheWholeFileAndNamesTheRow()
    {
        var prefix = Unique("批");
        var rows = Enumerable.Range(0, 500).Select(i => Row($"{prefix}{i:000}", birthYear: 1950 + i % 50)).ToList();
        rows[249] = Row($"{prefix}249", branch: "幸福社区党支部"); // another branch: out of clerk1's scope
        var clerk = await app.SignedInAsync("clerk1");

        var (errors, summary) = await RejectedAsync(await RosterFile.UploadAsync(clerk, RosterFile.Build(rows)));

        errors.Should().ContainSingle().Which.Should().Be(("251", "所在党支部", "党支部不存在或不在您的管理范围内。"));
        summary.Should().Contain("文件未导入");
        (await CountAsync(prefix)).Should().Be(0, "nothing of a rejected file is imported");
    }

    [Fact]
    public async Task EveryKindOfBadValueIsListedWithRowColumnAndReason()
    {
        var prefix = Unique("错");
        var existing = await app.WithDbAsync(db => db.Members.Where(m => m.LeftOn == null).Select(m => new { m.Name, m.BirthDate }).FirstAsync());
        var clerk = await app.SignedInAsync("clerk1");
        var rows = new List<object[]>
        {
            Row(prefix + "甲"),
            new object[] { "", "男", "1980-01-01", "", Branch, "正式党员", "农村", "" },
            new object[] { prefix + "乙", "未知", "1980-13-45", "abc", Branch, "党员", "工厂", "" },
            Row(prefix + "甲"),
            new object[] { existing.Name, "男", existing.BirthDate.ToString("yyyy-MM-dd"), "", Branch, "正式党员", "农村", "" },
            new object[] { prefix + "丙", "男", "1990-01-01", "", Branch, "预备党员", "农村", "1980-01-01" },
        };

        var (errors, _) = await RejectedAsync(await RosterFile.UploadAsync(clerk, RosterFile.Build(rows)));

        errors.Should().Contain(("3", "姓名", "必填项为空。"));
        errors.Should().Contain(("4", "性别", "性别应为“男”或“女”。"));
        errors.Should().Contain(("4", "出生日期", "日期格式不正确（例如 1980-05-01）。"));
        errors.Should().Contain(("4", "联系电话", "联系电话只能包含数字。"));
        errors.Should().Contain(("4", "党员状态", "党员状态应为“正式党员”“预备党员”或“入党积极分子”。"));
        errors.Should().Contain(("4", "人员类别", "人员类别应为：机关、社区、学校、两新、农村。"));
        errors.Should().Contain(("5", "姓名", "与本文件第 2 行重复（姓名、出生日期相同）。"));
        errors.Should().Contain(("6", "姓名", "该党员已在系统中（姓名、出生日期相同）。"));
        errors.Should().Contain(("7", "入党时间", "日期不合理（早于出生日期或晚于今天）。"));
        (await CountAsync(prefix)).Should().Be(0);
    }

    [Fact]
    public async Task AFileThatIsNotExcelIsRejectedInChinese()
    {
        var office = await app.SignedInAsync("office");

        var (errors, _) = await RejectedAsync(await RosterFile.UploadAsync(office, "姓名,性别\n张三,男\n"u8.ToArray(), "roster.xlsx"));

        errors.Should().ContainSingle().Which.Reason.Should().Be("上传的文件不是 Excel 文件（.xlsx），请使用导入模板。");
    }

    [Fact]
    public async Task AnEmptyFileOrATemplateWithoutRowsIsRejected()
    {
        var office = await app.SignedInAsync("office");

        var (empty, _) = await RejectedAsync(await RosterFile.UploadAsync(office, []));
        var (headerOnly, _) = await RejectedAsync(await RosterFile.UploadAsync(office, RosterFile.Build([])));

        empty.Should().ContainSingle().Which.Reason.Should().Be("文件中没有数据行。");
        headerOnly.Should().ContainSingle().Which.Reason.Should().Be("文件中没有数据行。");
    }

    [Fact]
    public async Task TheDownloadedTemplateHasTheHeadersTheImportExpectsAndTheOfficeCanImportIntoAnyBranch()
    {
        var prefix = Unique("模");
        var office = await app.SignedInAsync("office");

        var template = await office.GetAsync("/Imports/Template");
        template.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await template.Content.ReadAsByteArrayAsync()), false);
        var sheets = ExportFiles.Sheets(document);
        sheets[0].Rows[0].Should().Equal(RosterFile.Headers);
        sheets[1].Rows.Select(r => r.Length > 3 ? r[3] : "").Should().Contain(["红星村党支部", "幸福社区党支部"]);
        var response = await RosterFile.UploadAsync(office, RosterFile.Build([Row(prefix + "甲", branch: "幸福社区党支部")], sheets[0].Rows[0]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await CountAsync(prefix)).Should().Be(1);
    }

    [Theory]
    [InlineData("member1")]
    [InlineData("secretary1")]
    public async Task OnlyTheOfficeAndClerksMayImport(string user)
    {
        var client = await app.SignedInAsync(user);

        (await client.GetAsync("/Imports/Roster")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}

public sealed class SqliteRosterImportTests(SqliteAppFactory app) : RosterImportTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlRosterImportTests(PostgreSqlAppFactory app) : RosterImportTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
