using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 3 "done when": one full quarter clicked through in headless Chromium — clerk grid, evaluation group,
/// secretary meeting and submission, office returns once then approves, member objects, secretary upholds,
/// the window closes, the sheet is Final and the member's page shows the corrected total. A screenshot per step.
/// </summary>
public sealed class QuarterBrowserTests(SqliteClockedBrowserAppFactory app) : IClassFixture<SqliteClockedBrowserAppFactory>
{
    [Fact]
    public async Task AFullQuarterFromGridToFinalWithAnUpheldObjection()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var (memberId, deductionItem) = await app.WithDbAsync(async db =>
        {
            var member = (await db.Users.SingleAsync(u => u.UserName == "member1")).MemberId!.Value;
            var item = await db.SchemeItems.Join(db.Schemes, i => i.SchemeId, s => s.Id, (i, s) => new { i, s })
                .Where(x => x.s.Year == DateTime.Now.Year && x.i.Code == "K01" && x.i.BranchId == null).Select(x => x.i.Id).SingleAsync();
            return (member, item);
        });
        var cell = $"#grid input[name='cells[{memberId}-{deductionItem}]']";

        // 1. The clerk types a deduction for member1 into the grid, by keyboard, and saves the whole grid.
        var clerk = await app.SignedInPageAsync("clerk1");
        await clerk.GotoAsync($"{app.BaseUrl}/Quarters/Grid/{sheet}");
        await clerk.FillAsync(cell, "99");
        (await clerk.GetAttributeAsync(cell, "class"))!.Should().Contain("is-invalid", "the grid checks the item's range in place");
        await clerk.FillAsync(cell, "2");
        await clerk.PressAsync(cell, "Enter");
        (await clerk.GetAttributeAsync(cell, "class"))!.Should().NotContain("is-invalid");
        await clerk.ClickAsync("#grid-save");
        await clerk.WaitForSelectorAsync("#grid-saved");
        (await clerk.InputValueAsync(cell)).Should().Be("2");
        await BrowserAppFactory.ScreenshotAsync(clerk, "quarter-01-clerk-grid");
        await Step(clerk, SheetAction.SendToReview, "quarter-02-sent-to-review");

        // 2. The evaluation group accepts; 3. the secretary records the meeting and submits.
        var evaluator = await app.SignedInPageAsync("evaluator1");
        await Step(evaluator, SheetAction.AcceptReview, "quarter-03-review-accepted");
        var secretary = await app.SignedInPageAsync("secretary1");
        await MeetingAndSubmit(secretary);

        // 4. The office returns the sheet once, with a reason; it goes round again and is approved.
        var office = await app.SignedInPageAsync("office");
        await office.GotoAsync($"{app.BaseUrl}/Quarters/Sheet/{sheet}");
        await office.FillAsync("#comment-Return", "会议记录缺少签到表");
        await Step(office, SheetAction.Return, "quarter-05-returned", filled: true);
        (await office.InnerTextAsync("#timeline")).Should().Contain("会议记录缺少签到表");
        await Step(clerk, SheetAction.SendToReview, null);
        await Step(evaluator, SheetAction.AcceptReview, null);
        await MeetingAndSubmit(secretary);
        await office.GotoAsync($"{app.BaseUrl}/Quarters/Index");
        await BrowserAppFactory.ScreenshotAsync(office, "quarter-06-overview");
        await Step(office, SheetAction.Approve, "quarter-07-approved-notice");
        (await office.InnerTextAsync("#sheet-state")).Should().Be("公示中");

        // 5. The member sees the notice on their own pages and objects to the deduction.
        var member = await app.SignedInPageAsync("member1");
        await member.GotoAsync($"{app.BaseUrl}/Members/Details/{memberId}");
        var before = decimal.Parse(await member.InnerTextAsync("#own-total"), CultureInfo.InvariantCulture);
        await member.ClickAsync("#nav-notices");
        await member.ClickAsync("#notices a >> nth=0");
        await member.WaitForSelectorAsync("#own-lines");
        var line = await app.WithDbAsync(db => db.LedgerLines.Where(l => l.MemberId == memberId && l.SchemeItemId == deductionItem
            && l.Year == DateTime.Now.Year && l.Quarter == QuarterPages.CurrentQuarter && l.State == LedgerLineState.Confirmed).Select(l => l.Id).SingleAsync());
        await member.FillAsync($"#object-reason-{line}", "当天因病请假，已向支部报备");
        await member.ClickAsync($"#object-{line}");
        await member.WaitForSelectorAsync("#own-objections");
        await BrowserAppFactory.ScreenshotAsync(member, "quarter-08-member-objects");

        // 6. The secretary upholds: the system writes the correcting line.
        var objection = await app.WithDbAsync(db => db.Objections.Where(o => o.LedgerLineId == line).Select(o => o.Id).SingleAsync());
        await secretary.GotoAsync($"{app.BaseUrl}/Quarters/Sheet/{sheet}");
        await secretary.FillAsync($"#decision-reason-{objection}", "核实请假属实，撤销扣分");
        await secretary.ClickAsync($"#uphold-{objection}");
        await secretary.WaitForSelectorAsync($"li[data-objection-id='{objection}'] .objection-state:text('成立，已更正')");
        await BrowserAppFactory.ScreenshotAsync(secretary, "quarter-09-objection-upheld");

        // 7. The window closes: the sheet becomes Final.
        app.Clock.Advance(TimeSpan.FromDays(6));
        await secretary.ReloadAsync();
        (await secretary.InnerTextAsync("#sheet-state")).Should().Be("已定稿");
        (await secretary.Locator("form.sheet-action").CountAsync()).Should().Be(0, "a Final sheet offers no steps");
        await BrowserAppFactory.ScreenshotAsync(secretary, "quarter-10-final");

        // 8. The member's page shows the corrected total.
        await member.GotoAsync($"{app.BaseUrl}/Members/Details/{memberId}");
        var after = decimal.Parse(await member.InnerTextAsync("#own-total"), CultureInfo.InvariantCulture);
        after.Should().Be(before + 2);
        await BrowserAppFactory.ScreenshotAsync(member, "quarter-11-member-corrected-total");
        (await app.SheetStateAsync(sheet)).Should().Be(SheetState.Final);

        // Opens the sheet afresh (unless the form was just filled in) and presses the step's button.
        async Task Step(IPage page, SheetAction action, string? screenshot, bool filled = false)
        {
            if (!filled)
                await page.GotoAsync($"{app.BaseUrl}/Quarters/Sheet/{sheet}");
            // The step posts and is redirected back to the same address: wait for the navigation the click starts,
            // not for an address the page already has (that raced the redirect on a loaded machine).
            var redirected = page.WaitForResponseAsync(r => r.Request.Method == "GET" && new Uri(r.Url).AbsolutePath == $"/Quarters/Sheet/{sheet}");
            await page.ClickAsync($"#action-{action}");
            (await redirected).Status.Should().Be(200);
            await page.WaitForLoadStateAsync(LoadState.Load);
            (await page.Locator("#sheet-error").CountAsync()).Should().Be(0);
            (await page.Locator("#sheet-done").CountAsync()).Should().Be(1, "every step says what happened");
            if (screenshot is not null)
                await BrowserAppFactory.ScreenshotAsync(page, screenshot);
        }

        async Task MeetingAndSubmit(IPage page)
        {
            await page.GotoAsync($"{app.BaseUrl}/Quarters/Sheet/{sheet}");
            await page.FillAsync("#meeting-date", DateTime.Now.ToString("yyyy-MM-dd"));
            await page.FillAsync("#meeting-attended", "15");
            await page.FillAsync("#meeting-eligible", "17");
            await Step(page, SheetAction.ConfirmMeeting, null, filled: true);
            (await page.InnerTextAsync("#meeting")).Should().Contain("实到 15 人");
            await Step(page, SheetAction.Submit, "quarter-04-submitted");
        }
    }
}
