using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.PersonalData;

/// <summary>
/// Issue 8 §5: 导出我的数据 — the member downloads everything held about them, the figures equal the portal's, and nobody
/// else gets it but the secretary or clerk of their branch; every download leaves an audit line.
/// </summary>
public abstract class PersonalDataExportTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly int Year = DateTime.Now.Year;

    private Task<(int Id, int BranchId, string Name, string Phone)> Member1Async() => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == "member1");
        var m = await db.Members.SingleAsync(x => x.Id == user.MemberId);
        return (m.Id, m.BranchId, m.Name, m.Phone!);
    });

    private Task<int> ExportAuditsAsync(int memberId, string actor) => app.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
        a.Action == ExportAudit.Action && a.Entity == "Member" && a.EntityKey == memberId.ToString() && a.Actor == actor));

    private static List<string[]> Sheet(SpreadsheetDocument document, string name) =>
        ExportFiles.Sheets(document).Single(s => s.Name == name).Rows;

    /// <summary>Data rows of a sheet: below the header (row 4) with at least <paramref name="width"/> cells.</summary>
    private static List<string[]> DataRows(List<string[]> rows, int width) => rows.Skip(4).Where(r => r.Length >= width).ToList();

    [Fact]
    public async Task AMemberDownloadsTheirOwnDataAndItHoldsWhatThePortalShows()
    {
        var me = await Member1Async();
        var member = await app.SignedInAsync("member1");
        var portal = await member.GetPageAsync($"/Portal/Index/{me.Id}?year={Year}");
        var link = portal.QuerySelector("#personal-data-xlsx")!.GetAttribute("href")!;
        var portalYears = portal.QuerySelectorAll("#portal-years tbody tr")
            .ToDictionary(tr => tr.GetAttribute("data-year")!, tr => tr.QuerySelector(".year-total")!.TextContent.Trim());
        var portalLines = portal.QuerySelectorAll("#portal-quarters table.quarter-lines tbody tr")
            .Select(tr => tr.QuerySelectorAll("td")[2].ChildNodes.First().TextContent.Trim()).ToList();
        var before = await ExportAuditsAsync(me.Id, "member1");

        var response = await member.GetAsync(link);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Contain(me.Name);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        ExportFiles.Sheets(document).Select(s => s.Name).Should()
            .Equal("基本信息", "历年积分", "年终登记", "积分明细", "积分申报", "异议", "谈话与处置", "证明材料");

        var profile = Sheet(document, "基本信息");
        profile[0][0].Should().Be("个人信息副本");
        profile.Should().Contain(r => r.Length == 2 && r[0] == "姓名" && r[1] == me.Name);
        profile.Should().Contain(r => r.Length == 2 && r[0] == "联系电话" && r[1] == me.Phone, "the member's own copy shows the phone in full");

        var years = DataRows(Sheet(document, "历年积分"), 5).ToDictionary(r => r[0], r => r[1]);
        portalYears.Should().NotBeEmpty();
        years.Should().Equal(portalYears, "every year's total equals the portal's");

        var lines = Sheet(document, "积分明细");
        lines[3].Should().StartWith(["记录编号", "年度", "季度"]);
        var shown = DataRows(lines, 14).Where(r => r[1] == Year.ToString(CultureInfo.InvariantCulture) && r[7] != "未通过").ToList();
        portalLines.Should().NotBeEmpty();
        shown.Should().HaveCount(portalLines.Count, "the portal lists every line of the year that is not refused");
        shown.Select(r => r[6]).Should().BeEquivalentTo(portalLines, "each line carries its reason");
        var allLines = await app.WithDbAsync(db => db.LedgerLines.CountAsync(l => l.MemberId == me.Id));
        DataRows(lines, 14).Should().HaveCount(allLines, "every ledger line of every year, refused and pending ones too");

        (await ExportAuditsAsync(me.Id, "member1")).Should().Be(before + 1);
    }

    [Fact]
    public async Task TheJsonCopyHoldsTheSameRecordsAndIsAuditedToo()
    {
        var me = await Member1Async();
        var member = await app.SignedInAsync("member1");
        var before = await ExportAuditsAsync(me.Id, "member1");
        var (lineCount, declarations) = await app.WithDbAsync(async db => (
            await db.LedgerLines.CountAsync(l => l.MemberId == me.Id),
            await db.LedgerLines.CountAsync(l => l.MemberId == me.Id && l.Source == LedgerSource.MemberDeclaration)));

        var response = await member.GetAsync($"/Portal/PersonalData/{me.Id}?format=json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = json.RootElement;
        root.GetProperty("profile").GetProperty("name").GetString().Should().Be(me.Name);
        root.GetProperty("profile").GetProperty("phone").GetString().Should().Be(me.Phone);
        root.GetProperty("exportedBy").GetString().Should().Be("member1");
        root.GetProperty("lines").GetArrayLength().Should().Be(lineCount);
        root.GetProperty("declarations").GetArrayLength().Should().Be(declarations);
        root.GetProperty("lines")[0].GetProperty("state").GetString().Should().BeOneOf(Enum.GetNames<LedgerLineState>());
        (await ExportAuditsAsync(me.Id, "member1")).Should().Be(before + 1);
    }

    [Fact]
    public async Task OnlyTheMemberAndTheirBranchsSecretaryOrClerkGetTheExport()
    {
        var me = await Member1Async();
        var other = await app.WithDbAsync(db => db.Members.Where(m => m.BranchId == me.BranchId && m.Id != me.Id).Select(m => m.Id).FirstAsync());
        var audits = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == ExportAudit.Action));
        var url = $"/Portal/PersonalData/{me.Id}?format=xlsx";

        (await (await app.SignedInAsync("member1")).GetAsync($"/Portal/PersonalData/{other}?format=xlsx"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "another member's data");
        var anonymous = await app.NewClient().GetAsync(url);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().Should().Contain("/Account/Login");
        foreach (var user in new[] { "clerk2", "secretary2", "office", "county", "evaluator1" })
            (await (await app.SignedInAsync(user)).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, user);
        (await (await app.SignedInAsync("member1")).GetAsync($"/Portal/PersonalData/{me.Id}?format=csv"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "only Excel and JSON");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == ExportAudit.Action)))
            .Should().Be(audits, "a refused export discloses nothing and records nothing");

        var secretary = await app.SignedInAsync("secretary1");
        var details = await secretary.GetPageAsync($"/Members/Details/{me.Id}");
        details.QuerySelector("#personal-data a[href*='/Portal/PersonalData/']").Should().NotBeNull("branch staff may export at the member's request");
        var onRequest = await secretary.GetAsync(url);

        onRequest.StatusCode.Should().Be(HttpStatusCode.OK);
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == ExportAudit.Action && a.Actor == "secretary1")
            .OrderByDescending(a => a.Id).FirstAsync());
        entry.Entity.Should().Be("Member");
        entry.EntityKey.Should().Be(me.Id.ToString(CultureInfo.InvariantCulture));
        entry.Fields.Should().Be("PersonalData.xlsx (on request)");
    }

    [Fact]
    public async Task RegisterAndArchiveFilesAreAuditedWithIdsOnlyAndPrintPreviewsAreNot()
    {
        var me = await Member1Async();
        var clerk = await app.SignedInAsync("clerk1");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == ExportAudit.Action && a.Actor == "clerk1"));

        (await clerk.GetAsync($"/Exports/YearRegister/{me.BranchId}?year={Year - 1}&format=html")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.GetAsync($"/Exports/YearRegister/{me.BranchId}?year={Year - 1}&format=xlsx")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.GetAsync($"/Exports/Archive/{me.Id}?format=xlsx")).StatusCode.Should().Be(HttpStatusCode.OK);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == ExportAudit.Action && a.Actor == "clerk1")
            .OrderBy(a => a.Id).ToListAsync());
        entries.Should().HaveCount(before + 2, "the two files, not the print preview");
        var (register, archive) = (entries[^2], entries[^1]);
        (register.Entity, register.EntityKey, register.Fields).Should().Be(("Organisation", me.BranchId.ToString(CultureInfo.InvariantCulture), $"YearRegister.xlsx year={Year - 1}"));
        (archive.Entity, archive.EntityKey, archive.Fields).Should().Be(("Member", me.Id.ToString(CultureInfo.InvariantCulture), "Archive.xlsx"));
        entries.Should().NotContain(a => (a.Fields ?? "").Contains(me.Name), "the audit log holds ids, never names");
    }

    [Fact]
    public async Task ThePhoneIsInFullForTheMembersBranchStaffAndMaskedForTheOffice()
    {
        var me = await Member1Async();
        var masked = PartyScoring.Web.ViewModels.PhoneMask.Mask(me.Phone)!;

        var own = await (await app.SignedInAsync("member1")).GetPageAsync($"/Portal/Index/{me.Id}");
        var clerk = await (await app.SignedInAsync("clerk1")).GetPageAsync($"/Members/Details/{me.Id}");
        var evaluator = await (await app.SignedInAsync("evaluator1")).GetPageAsync($"/Members/Details/{me.Id}");
        var office = await (await app.SignedInAsync("office")).GetPageAsync($"/Members/Details/{me.Id}");

        masked.Should().MatchRegex(@"^\d{3}\*{4}\d{4}$");
        own.QuerySelector("#portal-phone")!.TextContent.Should().Be(me.Phone);
        clerk.QuerySelector("#member-phone")!.TextContent.Should().Be(me.Phone);
        evaluator.QuerySelector("#member-phone")!.TextContent.Should().Be(masked, "the evaluation group does not keep the roster");
        office.QuerySelector("#member-phone")!.TextContent.Should().Be(masked);
        office.QuerySelector("#personal-data").Should().BeNull("the office cannot export a member's personal data");
        office.Source.Text.Should().NotContain(me.Phone);
    }
}

public sealed class SqlitePersonalDataExportTests(SqliteAppFactory app)
    : PersonalDataExportTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlPersonalDataExportTests(PostgreSqlAppFactory app)
    : PersonalDataExportTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
