using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>
/// Issue 4 §4–5 in headless Chromium: the office's dashboard, the member's portal and the branch page agree —
/// the member's total on the portal is their row on the branch page, the dashboard's branch sum and average are the
/// branch page's. Screenshots of each page.
/// </summary>
public sealed class PortalBrowserTests(SqliteBrowserAppFactory app) : IClassFixture<SqliteBrowserAppFactory>
{
    [Fact]
    public async Task DashboardPortalAndBranchPageShowTheSameFigures()
    {
        var (memberId, branchId) = await app.WithDbAsync(async db =>
        {
            var id = (await db.Users.SingleAsync(u => u.UserName == "member1")).MemberId!.Value;
            return (id, await db.Members.Where(m => m.Id == id).Select(m => m.BranchId).SingleAsync());
        });

        var secretary = await app.SignedInPageAsync("secretary1");
        await secretary.GotoAsync($"{app.BaseUrl}/Branches/Details/{branchId}");
        var branchTotal = await secretary.InnerTextAsync($"table.points-table >> nth=0 >> tr[data-member-id='{memberId}'] td.total");
        var totals = (await secretary.Locator("table.points-table >> nth=0 >> tbody tr[data-member-id] td.total").AllInnerTextsAsync())
            .Select(t => decimal.Parse(t, CultureInfo.InvariantCulture)).ToList();
        await BrowserAppFactory.ScreenshotAsync(secretary, "portal-01-branch-page");

        var member = await app.SignedInPageAsync("member1");
        await member.ClickAsync("#nav-portal");
        await member.WaitForSelectorAsync("#portal-total");
        (await member.InnerTextAsync("#portal-total")).Should().Be(branchTotal);
        (await member.InnerTextAsync($"#portal-years tr[data-year='{DateTime.Now.Year}'] .year-total")).Should().Be(branchTotal);
        await BrowserAppFactory.ScreenshotAsync(member, "portal-02-member-portal");

        var office = await app.SignedInPageAsync("office");
        await office.ClickAsync("#nav-dashboard");
        await office.WaitForSelectorAsync("#chart-grades");
        var row = $"#average-table tr[data-branch-id='{branchId}']";
        (await office.InnerTextAsync($"{row} .sum")).Should().Be(totals.Sum().ToString("0.0", CultureInfo.InvariantCulture));
        (await office.InnerTextAsync($"{row} .average")).Should()
            .Be(Math.Round(totals.Average(), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture));
        (await office.Locator("svg.chart").CountAsync()).Should().Be(4);
        (await office.Locator("#chart-averages rect").CountAsync()).Should().BeGreaterThan(0, "the bars are drawn");
        await BrowserAppFactory.ScreenshotAsync(office, "portal-03-office-dashboard");

        await secretary.GotoAsync($"{app.BaseUrl}/Dashboard");
        (await secretary.Locator("#grade-table tbody tr").CountAsync()).Should().Be(1, "the secretary sees their branch only");
        await BrowserAppFactory.ScreenshotAsync(secretary, "portal-04-secretary-dashboard");

        var clerk = await app.SignedInPageAsync("clerk1");
        (await clerk.InnerTextAsync("#reminders")).Should().Contain("积分表尚未报送");
        await BrowserAppFactory.ScreenshotAsync(clerk, "portal-05-clerk-reminders");
    }
}
