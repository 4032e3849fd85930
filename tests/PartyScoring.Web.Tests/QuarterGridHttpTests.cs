using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 3 "done when": the entry grid saves in one transaction; two clients saving the same grid — one wins,
/// the other is told and keeps what they typed; bad input and forged ids write nothing and never give a 500;
/// Final sheets and confirmed lines cannot be changed by any request.
/// </summary>
public abstract class QuarterGridHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private sealed record Snapshot(int Lines, decimal Sum, Guid Stamp);

    private Task<Snapshot> SnapshotAsync(int sheetId) => app.WithDbAsync(async db =>
    {
        var s = await db.QuarterSheets.SingleAsync(x => x.Id == sheetId);
        var points = await db.LedgerLines.Where(l => l.BranchId == s.BranchId && l.Year == s.Year && l.Quarter == s.Quarter)
            .Select(l => l.Points).ToListAsync();
        return new Snapshot(points.Count, points.Sum(), s.ConcurrencyStamp);
    });

    /// <summary>The first editable cell of a duty item with a 0.5–5 range (D01 of the seed-000 scheme).</summary>
    private static string DutyCell(Dictionary<string, string> values, AngleSharp.Dom.IDocument page) =>
        QuarterPages.GridCells(page).First(c => !c.Disabled && c.Max == 5 && c.Min == 0.5m).Name;

    [Fact]
    public async Task TwoClientsSaveTheSameGridOneWinsTheOtherIsToldAndNothingIsLostOrDuplicated()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk2");
        var clerk = await app.SignedInAsync("clerk2");
        var secretary = await app.SignedInAsync("secretary2");
        var first = await clerk.GetPageAsync($"/Quarters/Grid/{sheet}");
        var second = await secretary.GetPageAsync($"/Quarters/Grid/{sheet}");
        var firstValues = QuarterPages.GridValues(first);
        var secondValues = QuarterPages.GridValues(second);
        var cell = DutyCell(firstValues, first);
        var before = await SnapshotAsync(sheet);
        firstValues[cell] = "4.5";
        secondValues[cell] = "1.5";

        var win = await clerk.PostGridAsync(sheet, firstValues);
        var lose = await secretary.PostGridAsync(sheet, secondValues);

        win.StatusCode.Should().Be(HttpStatusCode.Redirect);
        lose.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var losePage = await Browserless.ParseAsync(lose);
        losePage.QuerySelector("#grid-error")!.TextContent.Should().Contain("保存冲突");
        losePage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{cell}']")!.Value.Should().Be("1.5", "the loser's typing is kept");
        var after = await SnapshotAsync(sheet);
        after.Lines.Should().Be(before.Lines, "the cell's line was changed in place, not duplicated or lost");
        var (member, item) = ParseCell(cell);
        var cellLines = await app.WithDbAsync(db => db.LedgerLines.Where(l => l.MemberId == member && l.SchemeItemId == item
            && l.Year == DateTime.Now.Year && l.Quarter == QuarterPages.CurrentQuarter).Select(l => l.Points).ToListAsync());
        cellLines.Should().Equal(4.5m);
    }

    [Theory]
    [InlineData("abc", "请填写数字")]
    [InlineData("99", "分值超出该项目允许的范围")]
    [InlineData("2.25", "分值最多保留一位小数")]
    [InlineData("-3", "分值超出该项目允许的范围")]
    public async Task BadCellValuesAreShownInChineseAndNothingIsWritten(string typed, string message)
    {
        var sheet = await app.CurrentSheetOfAsync("clerk2");
        var clerk = await app.SignedInAsync("clerk2");
        var page = await clerk.GetPageAsync($"/Quarters/Grid/{sheet}");
        var values = QuarterPages.GridValues(page);
        var cell = DutyCell(values, page);
        var other = values.Keys.Where(k => k.StartsWith("cells[") && k != cell).First();
        values[cell] = typed;
        values[other] = string.Empty;
        var before = await SnapshotAsync(sheet);

        var response = await clerk.PostGridAsync(sheet, values);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("本次未保存任何内容");
        (await Browserless.ParseAsync(response)).QuerySelector($"input[name='{cell}']")!.ParentElement!.TextContent.Should().Contain(message);
        (await SnapshotAsync(sheet)).Should().Be(before, "the other cell's removal was not saved either");
    }

    [Fact]
    public async Task AForgedSheetIdFromAnotherBranchIsNotFoundAndWritesNothing()
    {
        var otherSheet = await app.CurrentSheetOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk2");
        var own = await clerk.GetPageAsync($"/Quarters/Grid/{await app.CurrentSheetOfAsync("clerk2")}");
        var values = QuarterPages.GridValues(own);
        var before = await SnapshotAsync(otherSheet);

        (await clerk.GetAsync($"/Quarters/Grid/{otherSheet}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/Quarters/Sheet/{otherSheet}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/Notices/Details/{otherSheet}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.PostGridAsync(otherSheet, values)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.ForcedStepAsync(app, otherSheet, Domain.Quarters.SheetAction.SendToReview)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await SnapshotAsync(otherSheet)).Should().Be(before);
    }

    [Fact]
    public async Task AFinalSheetsConfirmedLinesCannotBeChangedThroughTheGrid()
    {
        var sheet = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "clerk2");
            return await db.QuarterSheets.Where(s => s.BranchId == user.OrganisationId && s.Year == DateTime.Now.Year - 1 && s.Quarter == 4)
                .Select(s => s.Id).SingleAsync();
        });
        var clerk = await app.SignedInAsync("clerk2");
        var page = await clerk.GetPageAsync($"/Quarters/Grid/{sheet}");
        page.QuerySelector("#grid-locked").Should().NotBeNull();
        QuarterPages.GridCells(page).Should().NotBeEmpty().And.OnlyContain(c => c.Disabled);
        var line = await app.WithDbAsync(db => db.QuarterSheets.Where(s => s.Id == sheet)
            .Join(db.LedgerLines, s => new { s.BranchId, s.Year, s.Quarter }, l => new { l.BranchId, l.Year, l.Quarter }, (s, l) => l)
            .FirstAsync(l => l.State == LedgerLineState.Confirmed));
        var before = await SnapshotAsync(sheet);
        var forged = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(clerk, $"/Quarters/Grid/{sheet}"),
            ["concurrencyStamp"] = before.Stamp.ToString(),
            [$"cells[{line.MemberId}-{line.SchemeItemId}]"] = "",
        };

        var response = await clerk.PostGridAsync(sheet, forged);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("该积分表已定稿");
        (await SnapshotAsync(sheet)).Should().Be(before);
    }

    [Fact]
    public async Task MembersAndTheEvaluationGroupCannotSaveTheGrid()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var evaluator = await app.SignedInAsync("evaluator1");
        var page = await evaluator.GetPageAsync($"/Quarters/Grid/{sheet}");
        var values = QuarterPages.GridValues(page);
        var before = await SnapshotAsync(sheet);

        (await evaluator.PostGridAsync(sheet, values)).ShouldBeForbidden();
        (await (await app.SignedInAsync("member1")).GetAsync($"/Quarters/Grid/{sheet}")).ShouldBeForbidden();
        (await SnapshotAsync(sheet)).Should().Be(before);
    }

    [Fact]
    public async Task ASingleLineIsEnteredWithItsDescriptionAndABadAmountWritesNothing()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk2");
        var clerk = await app.SignedInAsync("clerk2");
        var page = await clerk.GetPageAsync($"/Quarters/Grid/{sheet}");
        var form = page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#line-form")!;
        var member = page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#line-member")!.Options.First().Value;
        var item = page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#line-item")!.Options.First().Value;
        var before = await SnapshotAsync(sheet);

        var bad = await clerk.PostFormAsync(form, new Dictionary<string, string>
        {
            ["MemberId"] = member, ["ItemId"] = item, ["Amount"] = "八", ["Description"] = "联系户走访",
        });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("请填写数字").And.Contain("联系户走访");
        (await SnapshotAsync(sheet)).Should().Be(before);

        var good = await clerk.PostFormAsync(form, new Dictionary<string, string>
        {
            ["MemberId"] = member, ["ItemId"] = item, ["Amount"] = "1", ["Description"] = "3月12日走访联系户5户",
        });
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await SnapshotAsync(sheet)).Lines.Should().Be(before.Lines + 1);
        (await app.WithDbAsync(db => db.LedgerLines.AnyAsync(l => l.Description == "3月12日走访联系户5户" && l.State == LedgerLineState.Draft)))
            .Should().BeTrue();
    }

    private static (int Member, int Item) ParseCell(string name)
    {
        var parts = name["cells[".Length..^1].Split('-');
        return (int.Parse(parts[0]), int.Parse(parts[1]));
    }
}

public sealed class SqliteQuarterGridHttpTests(SqliteAppFactory app) : QuarterGridHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlQuarterGridHttpTests(PostgreSqlAppFactory app) : QuarterGridHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
