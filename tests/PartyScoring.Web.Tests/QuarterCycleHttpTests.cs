using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 3 "done when": every sheet step by the allowed role, refused for a forbidden role with nothing changed;
/// objections during and after the window; Final only once the window has closed with no open objection.
/// One branch's quarter, walked in order (the steps depend on each other).
/// </summary>
public abstract class QuarterCycleHttpTests<TFactory>(TFactory app) where TFactory : ClockedAppFactory
{
    private static readonly Dictionary<string, string> Meeting = new()
    {
        ["MeetingDate"] = DateTime.Now.ToString("yyyy-MM-dd"), ["Attended"] = "15", ["Eligible"] = "17",
    };

    [Fact]
    public async Task EveryStepIsTakenByItsRoleAndRefusedForOthersThroughToFinal()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        var evaluator = await app.SignedInAsync("evaluator1");
        var secretary = await app.SignedInAsync("secretary1");
        var office = await app.SignedInAsync("office");
        var member = await app.SignedInAsync("member1");
        var otherClerk = await app.SignedInAsync("clerk2");

        (await evaluator.ForcedStepAsync(app, sheet, SheetAction.SendToReview)).ShouldBeForbidden();
        (await otherClerk.ForcedStepAsync(app, sheet, SheetAction.SendToReview)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await member.ForcedStepAsync(app, sheet, SheetAction.SendToReview, "/")).ShouldBeForbidden();
        (await app.SheetStateAsync(sheet)).Should().Be(SheetState.Draft);
        await Ok(clerk.StepAsync(sheet, SheetAction.SendToReview), SheetState.InitialReview, sheet);

        (await clerk.ForcedStepAsync(app, sheet, SheetAction.SendBack)).ShouldBeForbidden();
        await Ok(evaluator.StepAsync(sheet, SheetAction.SendBack, new Dictionary<string, string> { ["Comment"] = "张三的加分缺少依据" }),
            SheetState.Draft, sheet);
        await Ok(clerk.StepAsync(sheet, SheetAction.SendToReview), SheetState.InitialReview, sheet);
        (await clerk.ForcedStepAsync(app, sheet, SheetAction.AcceptReview)).ShouldBeForbidden();
        await Ok(evaluator.StepAsync(sheet, SheetAction.AcceptReview), SheetState.InitialReview, sheet);

        (await clerk.ForcedStepAsync(app, sheet, SheetAction.ConfirmMeeting)).ShouldBeForbidden();
        await Ok(secretary.StepAsync(sheet, SheetAction.ConfirmMeeting, Meeting), SheetState.MeetingConfirmed, sheet);
        (await clerk.ForcedStepAsync(app, sheet, SheetAction.Submit)).ShouldBeForbidden();
        await Ok(secretary.StepAsync(sheet, SheetAction.Submit), SheetState.Submitted, sheet);

        (await secretary.ForcedStepAsync(app, sheet, SheetAction.Return)).ShouldBeForbidden();
        await Ok(office.StepAsync(sheet, SheetAction.Return, new Dictionary<string, string> { ["Comment"] = "会议记录不全" }), SheetState.Draft, sheet);
        await Ok(clerk.StepAsync(sheet, SheetAction.SendToReview), SheetState.InitialReview, sheet);
        await Ok(evaluator.StepAsync(sheet, SheetAction.AcceptReview), SheetState.InitialReview, sheet);
        await Ok(secretary.StepAsync(sheet, SheetAction.ConfirmMeeting, Meeting), SheetState.MeetingConfirmed, sheet);
        await Ok(secretary.StepAsync(sheet, SheetAction.Submit), SheetState.Submitted, sheet);
        (await secretary.ForcedStepAsync(app, sheet, SheetAction.Approve)).ShouldBeForbidden();
        (await clerk.ForcedStepAsync(app, sheet, SheetAction.Approve)).ShouldBeForbidden();
        await Ok(office.StepAsync(sheet, SheetAction.Approve), SheetState.PublicNotice, sheet);

        var drafts = await app.WithDbAsync(async db =>
        {
            var s = await db.QuarterSheets.SingleAsync(x => x.Id == sheet);
            return await db.LedgerLines.CountAsync(l => l.BranchId == s.BranchId && l.Year == s.Year && l.Quarter == s.Quarter
                                                        && l.State == LedgerLineState.Draft);
        });
        drafts.Should().Be(0, "approval confirms the quarter's draft lines");

        // The member objects to one of their own lines; the secretary upholds; the window closes; the sheet is Final.
        var memberId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "member1").Select(u => u.MemberId!.Value).SingleAsync());
        var notice = await member.GetPageAsync($"/Notices/Details/{sheet}");
        var objectForm = notice.QuerySelector<IHtmlFormElement>("#own-lines form")!;
        var lineId = long.Parse(objectForm.QuerySelector<IHtmlInputElement>("input[name=lineId]")!.Value);
        (await member.PostFormAsync(objectForm, new Dictionary<string, string> { ["reason"] = "当天已请假" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var objectionId = await app.WithDbAsync(db => db.Objections.Where(o => o.LedgerLineId == lineId).Select(o => o.Id).SingleAsync());

        app.Clock.Advance(TimeSpan.FromDays(6));
        (await app.SheetStateAsync(sheet)).Should().Be(SheetState.PublicNotice);
        await member.GetAsync($"/Quarters/Sheet/{sheet}");
        (await secretary.GetPageAsync($"/Quarters/Sheet/{sheet}")).QuerySelector("#sheet-state")!.TextContent.Should().Be("公示中",
            "an open objection keeps the sheet from becoming Final");

        var lateObjection = await member.PostFormAsync(objectForm, new Dictionary<string, string> { ["reason"] = "再提一次" });
        lateObjection.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await lateObjection.Content.ReadAsStringAsync()).Should().Contain("公示期已结束或尚未开始");

        (await clerk.PostAsync("/Notices/Decide", await DecisionAsync(clerk, sheet, objectionId, "Uphold"))).ShouldBeForbidden();
        var page = await secretary.GetPageAsync($"/Quarters/Sheet/{sheet}");
        var decide = page.QuerySelector<IHtmlFormElement>($"li[data-objection-id='{objectionId}'] form")!;
        (await secretary.PostFormAsync(decide, new Dictionary<string, string> { ["reason"] = "核实已请假", ["decision"] = "Uphold" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await secretary.GetPageAsync($"/Quarters/Sheet/{sheet}")).QuerySelector("#sheet-state")!.TextContent.Should().Be("已定稿");
        (await app.SheetStateAsync(sheet)).Should().Be(SheetState.Final);
        var reversal = await app.WithDbAsync(db => db.LedgerLines.SingleAsync(l => l.ReversesLineId == lineId));
        (reversal.MemberId, reversal.State).Should().Be((memberId, LedgerLineState.Confirmed));
        (await app.WithDbAsync(db => db.Objections.CountAsync(o => o.LedgerLineId == lineId))).Should().Be(1, "the late objection wrote nothing");

        // A Final sheet cannot be changed by any request.
        var finalReturn = await office.ForcedStepAsync(app, sheet, SheetAction.Return);
        finalReturn.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await finalReturn.Content.ReadAsStringAsync()).Should().Contain("该积分表已定稿");
        (await app.SheetStateAsync(sheet)).Should().Be(SheetState.Final);
    }

    private async Task Ok(Task<HttpResponseMessage> step, SheetState expected, int sheet)
    {
        var response = await step;
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await app.SheetStateAsync(sheet)).Should().Be(expected);
    }

    private static async Task<FormUrlEncodedContent> DecisionAsync(HttpClient client, int sheet, long objectionId, string decision) =>
        new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(client, $"/Quarters/Sheet/{sheet}"),
            ["objectionId"] = objectionId.ToString(), ["sheetId"] = sheet.ToString(), ["decision"] = decision, ["reason"] = "同意",
        });
}

public sealed class SqliteQuarterCycleHttpTests(SqliteClockedAppFactory app)
    : QuarterCycleHttpTests<SqliteClockedAppFactory>(app), IClassFixture<SqliteClockedAppFactory>;

public sealed class PostgreSqlQuarterCycleHttpTests(PostgreSqlClockedAppFactory app)
    : QuarterCycleHttpTests<PostgreSqlClockedAppFactory>(app), IClassFixture<PostgreSqlClockedAppFactory>;
