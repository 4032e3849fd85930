using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.YearEnd;

/// <summary>
/// The year end of 红星村 clicked through in headless Chromium: votes by the evaluation group (a bad row first), the
/// secretary's notice, the member's view of it, submission after the window, the office's approval; a screenshot per step.
/// </summary>
public sealed class YearEndBrowserTests(SqliteClockedBrowserAppFactory app) : IClassFixture<SqliteClockedBrowserAppFactory>
{
    [Fact]
    public async Task OneBranchYearEndFromVotesToArchive()
    {
        var year = DateTime.Now.Year;
        var id = await app.RegisterOfAsync("secretary1", year);

        var evaluator = await app.SignedInPageAsync("evaluator1");
        await evaluator.GotoAsync($"{app.BaseUrl}/YearEnd/Register/{id}");
        await evaluator.FillAsync("input[name='votes[0].Good']", "12");
        await evaluator.FillAsync("input[name='votes[0].Medium']", "3");
        await evaluator.FillAsync("input[name='votes[0].Poor']", "2");
        await evaluator.FillAsync("input[name='votes[0].Voters']", "16");
        await evaluator.ClickAsync("#save-votes");
        (await evaluator.InnerTextAsync("#votes .vote-error")).Should().Contain("不能超过测评人数");
        (await evaluator.InputValueAsync("input[name='votes[0].Poor']")).Should().Be("2", "what was typed stays in the form");
        await BrowserAppFactory.ScreenshotAsync(evaluator, "yearend-01-bad-votes");
        await evaluator.FillAsync("input[name='votes[0].Poor']", "1");
        await evaluator.ClickAsync("#save-votes");
        await evaluator.WaitForSelectorAsync("#votes");
        (await evaluator.Locator("#register-error").CountAsync()).Should().Be(0);

        var secretary = await app.SignedInPageAsync("secretary1");
        await secretary.GotoAsync($"{app.BaseUrl}/YearEnd/Register/{id}");
        await secretary.ClickAsync($"#action-{YearEndAction.OpenNotice}");
        (await secretary.InnerTextAsync("#register-state")).Should().Contain("年度公示中");
        (await secretary.Locator("#section-graded tbody tr").CountAsync()).Should().BeGreaterThan(5);
        (await secretary.Locator("#section-exempt tbody tr").CountAsync()).Should().Be(1, "the demo's member over 70 is exempt");
        await BrowserAppFactory.ScreenshotAsync(secretary, "yearend-02-notice-opened");

        var member = await app.SignedInPageAsync("member1");
        await member.GotoAsync($"{app.BaseUrl}/YearEndNotices/Details/{id}");
        var ownTotal = await member.InnerTextAsync("#notice-graded tr.own-row .total");
        await BrowserAppFactory.ScreenshotAsync(member, "yearend-03-member-notice");
        var ownRow = await secretary.InnerTextAsync($"#section-graded tr[data-member-id='{await member.GetAttributeAsync("#notice-graded tr.own-row", "data-member-id")}'] .total");
        ownRow.Should().Be(ownTotal, "the notice shows the register's snapshot");

        // Issue 4: the dashboard, the member portal and the annual notice show the same totals for the same member.
        var memberId = await member.GetAttributeAsync("#notice-graded tr.own-row", "data-member-id");
        await member.GotoAsync($"{app.BaseUrl}/Portal/Index/{memberId}?year={year}");
        (await member.InnerTextAsync("#portal-total")).Should().Be(ownTotal, "the portal shows the member's own total");
        await BrowserAppFactory.ScreenshotAsync(member, "yearend-03b-member-portal");
        var noticeTotals = await secretary.Locator("#section-graded tbody tr .total").AllInnerTextsAsync();
        var noticeSum = noticeTotals.Sum(t => decimal.Parse(t, System.Globalization.CultureInfo.InvariantCulture));
        var branchId = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).Select(r => r.BranchId).SingleAsync());
        var dashboard = await app.SignedInPageAsync("office");
        await dashboard.GotoAsync($"{app.BaseUrl}/Dashboard?year={year}");
        var dashboardSum = decimal.Parse(await dashboard.InnerTextAsync($"#average-table tr[data-branch-id='{branchId}'] .sum"),
            System.Globalization.CultureInfo.InvariantCulture);
        dashboardSum.Should().Be(noticeSum, "the dashboard's branch total is the sum of the totals on the annual notice");
        await BrowserAppFactory.ScreenshotAsync(dashboard, "yearend-03c-dashboard");

        app.Clock.Advance(TimeSpan.FromDays(6));
        await secretary.GotoAsync($"{app.BaseUrl}/YearEnd/Register/{id}");
        await secretary.ClickAsync($"#action-{YearEndAction.Submit}");
        (await secretary.InnerTextAsync("#register-state")).Should().Contain("已报送");

        var office = await app.SignedInPageAsync("office");
        await office.GotoAsync($"{app.BaseUrl}/YearEnd/Register/{id}");
        await office.ClickAsync($"#action-{YearEndAction.Approve}");
        (await office.InnerTextAsync("#register-state")).Should().Contain("已归档");
        (await office.Locator("#frozen").CountAsync()).Should().Be(1);
        await BrowserAppFactory.ScreenshotAsync(office, "yearend-04-archived");
        await office.GotoAsync($"{app.BaseUrl}/YearEnd?year={year}");
        await BrowserAppFactory.ScreenshotAsync(office, "yearend-05-overview");
        var branch = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).Select(r => r.BranchId).SingleAsync());
        await office.GotoAsync($"{app.BaseUrl}/YearEndResults/Branch/{branch}?year={year}");
        (await office.InnerTextAsync("#results-source")).Should().Contain("已归档");
        await BrowserAppFactory.ScreenshotAsync(office, "yearend-06-results");
    }
}
