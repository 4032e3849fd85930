using Microsoft.Playwright;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 18 §5: an elderly member opens their points on a phone (375×812): the year's total, grade and rank are on the
/// first screen in large type, the menu is folded away, the text is at least 16 px and nothing scrolls sideways.
/// </summary>
public sealed class MemberPhoneBrowserTests(SqliteBrowserAppFactory app) : IClassFixture<SqliteBrowserAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    [Fact]
    public async Task OnAPhoneTheTotalGradeAndRankAreAboveTheFoldAndNothingScrollsSideways()
    {
        var page = await app.SignedInPageAsync("member1", viewport: Phone);
        (await page.IsVisibleAsync("#nav-portal")).Should().BeFalse("the menu is folded behind its button");
        await page.ClickAsync("#nav-toggle");
        await page.ClickAsync("#nav-portal");
        await page.WaitForSelectorAsync("#portal-hero");

        foreach (var figure in new[] { "#portal-total", "#portal-grade", "#portal-rank" })
        {
            var box = (await page.Locator(figure).BoundingBoxAsync())!;
            (box.Y + box.Height).Should().BeLessThanOrEqualTo(Phone.Height, $"{figure} is on the first screen");
            (await page.EvalOnSelectorAsync<double>(figure, "e => parseFloat(getComputedStyle(e).fontSize)")).Should().BeGreaterThanOrEqualTo(24);
        }
        var grade = (await page.Locator("#portal-grade").BoundingBoxAsync())!;
        grade.Height.Should().BeLessThan(60, "the grade stays on one line (it used to wrap one character per line)");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("nothing scrolls sideways");
        var smallest = await page.EvaluateAsync<double>(@"() => Math.min(...Array.from(document.querySelectorAll('main td, main p, main li, main .hero-label'))
            .filter(e => e.offsetParent !== null && e.textContent.trim() !== '').map(e => parseFloat(getComputedStyle(e).fontSize)))");
        smallest.Should().BeGreaterThanOrEqualTo(16);
        (await page.Locator("table.quarter-lines tbody tr").First.EvaluateAsync<string>("tr => getComputedStyle(tr).display")).Should().Be("block",
            "a ledger line is a card on a phone, not a squeezed table row");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserAppFactory.ScreenshotAsync(page, "member-portal-375x812-first-screen", fullPage: false);
        await BrowserAppFactory.ScreenshotAsync(page, "member-portal-375x812-full");
    }
}
