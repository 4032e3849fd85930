using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Quarters;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>
/// Issue 4 §6: reminders on the home page of the person who must act — the clerk's sheet due, the member's closing notice,
/// the secretary's open objection — and (§4) the member's portal showing the objection with its answer.
/// One branch's quarter, walked in order (the steps depend on each other).
/// </summary>
public abstract class ReminderHttpTests<TFactory>(TFactory app) where TFactory : ClockedAppFactory
{
    private static async Task<List<(string Kind, string Text, string Href, bool Overdue)>> RemindersAsync(HttpClient client)
    {
        var home = await client.GetPageAsync("/");
        return home.QuerySelectorAll("#reminders li.reminder").Select(li => (li.GetAttribute("data-kind")!, li.TextContent.Trim(),
            li.QuerySelector<IHtmlAnchorElement>("a")!.GetAttribute("href")!, li.ClassList.Contains("overdue"))).ToList();
    }

    private async Task Step(HttpClient client, int sheet, SheetAction action, SheetState expected)
    {
        var response = await client.ForcedStepAsync(app, sheet, action);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await app.SheetStateAsync(sheet)).Should().Be(expected);
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, int sheet, long objection, string decision, string reason)
    {
        var page = await client.GetPageAsync($"/Quarters/Sheet/{sheet}");
        var form = page.QuerySelector<IHtmlFormElement>($"li[data-objection-id='{objection}'] form")!;
        return await client.PostFormAsync(form, new Dictionary<string, string> { ["reason"] = reason, ["decision"] = decision });
    }

    [Fact]
    public async Task TheSheetNoticeAndObjectionRemindersReachThePersonWhoMustActAndTheAnswerReachesThePortal()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        var evaluator = await app.SignedInAsync("evaluator1");
        var secretary = await app.SignedInAsync("secretary1");
        var office = await app.SignedInAsync("office");
        var member = await app.SignedInAsync("member1");

        // The current quarter's sheet is a draft: the clerk and the secretary are reminded, the member and the office are not.
        var clerkReminders = await RemindersAsync(clerk);
        clerkReminders.Should().ContainSingle(r => r.Kind == "Reminder_SheetDue")
            .Which.Should().Match<(string Kind, string Text, string Href, bool Overdue)>(r => r.Href == $"/Quarters/Sheet/{sheet}" && !r.Overdue);
        (await RemindersAsync(secretary)).Should().Contain(r => r.Kind == "Reminder_SheetDue");
        (await RemindersAsync(member)).Should().NotContain(r => r.Kind == "Reminder_SheetDue");
        (await RemindersAsync(await app.SignedInAsync("clerk2"))).Should().OnlyContain(r => r.Href != $"/Quarters/Sheet/{sheet}");

        await Step(clerk, sheet, SheetAction.SendToReview, SheetState.InitialReview);
        await Step(evaluator, sheet, SheetAction.AcceptReview, SheetState.InitialReview);
        await Step(secretary, sheet, SheetAction.ConfirmMeeting, SheetState.MeetingConfirmed);
        await Step(secretary, sheet, SheetAction.Submit, SheetState.Submitted);
        (await RemindersAsync(clerk)).Should().NotContain(r => r.Kind == "Reminder_SheetDue", "a submitted sheet is no longer due");
        await Step(office, sheet, SheetAction.Approve, SheetState.PublicNotice);

        // Not yet within two days of the close; then the clock moves on and the member and secretary are reminded.
        (await RemindersAsync(member)).Should().NotContain(r => r.Kind == "Reminder_NoticeClosing");
        var closes = await app.WithDbAsync(db => db.QuarterSheets.Where(s => s.Id == sheet).Select(s => s.NoticeClosesAt!.Value).SingleAsync());
        app.Clock.Advance(closes - app.Clock.GetUtcNow() - TimeSpan.FromDays(1));
        (await RemindersAsync(member)).Should().ContainSingle(r => r.Kind == "Reminder_NoticeClosing")
            .Which.Href.Should().Be($"/Notices/Details/{sheet}");
        (await RemindersAsync(secretary)).Should().Contain(r => r.Kind == "Reminder_NoticeClosing");
        (await RemindersAsync(clerk)).Should().NotContain(r => r.Kind == "Reminder_NoticeClosing");

        // The member objects: the secretary is reminded; once decided, the reminder goes and the answer shows on the portal.
        var notice = await member.GetPageAsync($"/Notices/Details/{sheet}");
        var objectForm = notice.QuerySelector<IHtmlFormElement>("#own-lines form")!;
        (await member.PostFormAsync(objectForm, new Dictionary<string, string> { ["reason"] = "当天在外务工已报备" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var objection = await app.WithDbAsync(db => db.Objections.OrderByDescending(o => o.Id).Select(o => o.Id).FirstAsync());
        (await RemindersAsync(secretary)).Should().ContainSingle(r => r.Kind == "Reminder_ObjectionsWaiting")
            .Which.Href.Should().Be($"/Quarters/Sheet/{sheet}");
        (await RemindersAsync(office)).Should().NotContain(r => r.Kind == "Reminder_ObjectionsWaiting", "only escalated ones wait on the office");

        // The secretary escalates: now it waits on the office, which rejects it with a reason.
        (await DecideAsync(secretary, sheet, objection, "Escalate", "请党建办裁定")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RemindersAsync(secretary)).Should().NotContain(r => r.Kind == "Reminder_ObjectionsWaiting");
        (await RemindersAsync(office)).Should().ContainSingle(r => r.Kind == "Reminder_ObjectionsWaiting");
        (await DecideAsync(office, sheet, objection, "Reject", "签到表显示未请假")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RemindersAsync(office)).Should().NotContain(r => r.Kind == "Reminder_ObjectionsWaiting");

        var memberId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "member1").Select(u => u.MemberId!.Value).SingleAsync());
        var portal = await member.GetPageAsync($"/Portal/Index/{memberId}");
        var row = portal.QuerySelector($"#portal-objections tr[data-objection-id='{objection}']")!;
        row.QuerySelector(".objection-state")!.TextContent.Should().Be("已驳回");
        row.QuerySelector(".objection-decision")!.TextContent.Should().Be("签到表显示未请假");
        row.QuerySelector(".objection-decided")!.TextContent.Should().Contain("office");
        row.TextContent.Should().Contain("当天在外务工已报备");
    }
}

public sealed class SqliteReminderHttpTests(SqliteClockedAppFactory app)
    : ReminderHttpTests<SqliteClockedAppFactory>(app), IClassFixture<SqliteClockedAppFactory>;

public sealed class PostgreSqlReminderHttpTests(PostgreSqlClockedAppFactory app)
    : ReminderHttpTests<PostgreSqlClockedAppFactory>(app), IClassFixture<PostgreSqlClockedAppFactory>;
