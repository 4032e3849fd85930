using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 18 §2: each step says what happened and the page shows the new state at once; the evaluation group's home
/// lists the sheet waiting for its review, the office's home the sheet waiting for approval and the office-review lines.
/// </summary>
public abstract class WaitingWorkHomeTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task EachReviewerFindsTheWaitingSheetOnTheirHomePageAndEachStepSaysWhatHappened()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var link = $"/Quarters/Sheet/{sheet}";
        var clerk = await app.SignedInAsync("clerk1");
        var evaluator = await app.SignedInAsync("evaluator1");
        var secretary = await app.SignedInAsync("secretary1");
        var office = await app.SignedInAsync("office");
        await AddOfficeReviewLineAsync(sheet);
        (await HomeLinksAsync(evaluator, "Reminder_ReviewWaiting")).Should().NotContain(link, "nothing waits for the group yet");

        var sent = await AfterStepAsync(clerk, sheet, SheetAction.SendToReview);
        sent.QuerySelector("#sheet-done")!.TextContent.Should().Be("已提交评议小组初审。");
        (await HomeLinksAsync(evaluator, "Reminder_ReviewWaiting")).Should().Contain(link);

        var reviewed = await AfterStepAsync(evaluator, sheet, SheetAction.AcceptReview);
        reviewed.QuerySelector("#sheet-done")!.TextContent.Should().StartWith("初审已通过");
        reviewed.QuerySelector("#sheet-state")!.TextContent.Should().Be("初审已通过，待党员大会");
        reviewed.QuerySelectorAll("form.sheet-action").Should().BeEmpty("the group has nothing left to do on this sheet");
        (await HomeLinksAsync(evaluator, "Reminder_ReviewWaiting")).Should().NotContain(link);

        var meeting = await AfterStepAsync(secretary, sheet, SheetAction.ConfirmMeeting, new Dictionary<string, string>
        {
            ["MeetingDate"] = DateTime.Now.ToString("yyyy-MM-dd"), ["Attended"] = "15", ["Eligible"] = "17",
        });
        meeting.QuerySelector("#sheet-done")!.TextContent.Should().StartWith("党员大会结果已确认");
        (await HomeLinksAsync(office, "Reminder_ApprovalWaiting")).Should().NotContain(link);
        await AfterStepAsync(secretary, sheet, SheetAction.Submit);

        (await HomeLinksAsync(office, "Reminder_ApprovalWaiting")).Should().Contain(link);
        (await HomeLinksAsync(office, "Reminder_OfficeReviewWaiting")).Should().Contain(link);
        var officeSheet = await office.GetPageAsync(link);
        officeSheet.QuerySelector("label[for='comment-Return']")!.TextContent.Should().Be("退回原因（必填）");
        officeSheet.QuerySelector("label[for='comment-Approve']")!.TextContent.Should().Be("意见（选填）");
    }

    private static async Task<IDocument> AfterStepAsync(HttpClient client, int sheet, SheetAction action, IDictionary<string, string>? fields = null)
    {
        var response = await client.StepAsync(sheet, action, fields);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return await client.GetPageAsync(response.Headers.Location!.ToString());
    }

    private static async Task<List<string>> HomeLinksAsync(HttpClient client, string kind) =>
        (await client.GetPageAsync("/")).QuerySelectorAll($"#reminders li[data-kind='{kind}'] a").Select(a => a.GetAttribute("href")!).ToList();

    /// <summary>A 党员义工日 bonus (seed 000: 报党建办审核) entered by the clerk: it waits for the office.</summary>
    private Task<int> AddOfficeReviewLineAsync(int sheet) => app.WithDbAsync(async db =>
    {
        var s = await db.QuarterSheets.SingleAsync(x => x.Id == sheet);
        var member = await db.Members.Where(m => m.BranchId == s.BranchId).OrderBy(m => m.Id).FirstAsync();
        var item = (await SchemeLookup.CurrentAsync(db, SchemeLookup.TownshipIdOf(await db.Organisations.SingleAsync(o => o.Id == s.BranchId)), s.Year))!
            .Items.Single(i => i.Code == "B04");
        var line = LedgerLine.Enter(member.Id, s.BranchId, s.Year, s.Quarter, item, 2, "11月9日党员义工日清扫河道", LedgerSource.ClerkEntry, "clerk1", DateTimeOffset.UtcNow);
        line.State.Should().Be(LedgerLineState.Pending);
        db.LedgerLines.Add(line);
        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteWaitingWorkHomeTests(SqliteAppFactory app) : WaitingWorkHomeTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlWaitingWorkHomeTests(PostgreSqlAppFactory app) : WaitingWorkHomeTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
