using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>The login and home pages as a person clicks through them, in a real headless Chromium.</summary>
public sealed class BrowserSmokeTests(SqliteBrowserAppFactory app) : IClassFixture<SqliteBrowserAppFactory>
{
    [Fact]
    public async Task MemberSignsInAndSeesTheSameTotalOnHomeAndOwnPage()
    {
        var page = await app.SignedInPageAsync("member1");
        var homeTotal = await page.InnerTextAsync("#own-total");
        await BrowserAppFactory.ScreenshotAsync(page, "member-home");

        await page.ClickAsync("text=我的积分");
        await page.WaitForSelectorAsync("#portal-quarters");

        (await page.InnerTextAsync("#portal-total")).Should().Be(homeTotal, "我的积分 opens the member portal (issue 4)");
        (await page.Locator("#portal-quarters table.quarter-lines tbody tr").CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task OfficeOpensABranchFromTheSummaryAndCanSwitchToEnglish()
    {
        var page = await app.SignedInPageAsync("office");
        await BrowserAppFactory.ScreenshotAsync(page, "office-home");

        await page.ClickAsync("#branch-summary tbody tr:first-child a");
        await page.WaitForSelectorAsync("table.points-table");
        (await page.Locator("table.points-table tbody tr").CountAsync()).Should().BeGreaterThan(5);

        await page.ClickAsync("button[value=en]");
        await page.WaitForSelectorAsync("text=Total");
        (await page.InnerTextAsync("nav")).Should().Contain("Sign out");
    }
}
