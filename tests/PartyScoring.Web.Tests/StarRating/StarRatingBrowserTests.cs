using Microsoft.Playwright;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.StarRating;

/// <summary>
/// Issue 6 "done when": one township's rating clicked through in a real browser, from the four secretaries'
/// self-evaluations to the office's naming, with the county's review in between.
/// </summary>
public sealed class StarRatingBrowserTests(SqliteBrowserAppFactory app) : IClassFixture<SqliteBrowserAppFactory>
{
    [Fact]
    public async Task ATownshipIsRatedFromSelfEvaluationToNaming()
    {
        var b = await app.BranchesAsync();
        var secretaries = new[] { "secretary1", "secretary2", "secretary3", "secretary4" };
        for (var i = 0; i < 4; i++)
        {
            var secretary = await app.SignedInPageAsync(secretaries[i]);
            await secretary.ClickAsync("#nav-star-rating");
            await secretary.WaitForSelectorAsync("#self-evaluation-form");
            if (i == 0)
            {
                // A first try without notes shows the Chinese messages and keeps the form.
                await secretary.ClickAsync("#submit-self-evaluation");
                await secretary.WaitForSelectorAsync("#form-error");
                (await secretary.InnerTextAsync("#error-A1")).Should().Contain("请填写分值");
                await BrowserAppFactory.ScreenshotAsync(secretary, "star-self-evaluation-errors");
            }
            await FillSelfEvaluationAsync(secretary);
            await secretary.ClickAsync("#submit-self-evaluation");
            await secretary.WaitForSelectorAsync("#rating-scores");
            (await secretary.InnerTextAsync("#rating-stage")).Should().Be("待镇党委考评");
            await secretary.Context.CloseAsync();
        }

        var office = await app.SignedInPageAsync("office");
        var reviews = new[] { "95", "80", "40", "30" };
        for (var i = 0; i < 4; i++)
        {
            await office.GotoAsync($"{app.BaseUrl}/StarRatings/Branch/{b.All[i]}");
            await office.WaitForSelectorAsync("#township-evaluation-form");
            if (i == 3)
            {
                foreach (var code in new[] { "F1", "F2", "F3" })
                {
                    await office.FillAsync($"#score-{code}", "0");
                    await office.FillAsync($"#note-{code}", "作用发挥不够明显");
                }
                await BrowserAppFactory.ScreenshotAsync(office, "star-township-evaluation");
            }
            await office.FillAsync("#review", reviews[i]);
            await office.ClickAsync("#submit-evaluation");
            await office.WaitForSelectorAsync("#star-explanation");
        }
        (await office.InnerTextAsync("#star-explanation")).Should().Contain("2 星级");

        await office.ClickAsync("#nav-star-rating");
        await office.ClickAsync("#publish-notice");
        await office.WaitForSelectorAsync("#recommend");
        (await office.InnerTextAsync($"#rating-overview tr[data-branch-id='{b.Community}']")).Should().Contain("超出本乡镇五星级比例");
        await office.ClickAsync("#recommend");
        await office.WaitForSelectorAsync($"#rating-overview tr[data-branch-id='{b.Village}'] >> text=等待县委组织部复核");
        await BrowserAppFactory.ScreenshotAsync(office, "star-overview-awaiting-county");

        var county = await app.SignedInPageAsync("county");
        await county.GotoAsync($"{app.BaseUrl}/CountyReview");
        await county.ClickAsync($"#county-review tr[data-branch-id='{b.Village}'] button.confirm-five");
        await county.WaitForSelectorAsync("text=县级已复核");
        await county.GotoAsync($"{app.BaseUrl}/CountyReview/SpotCheck");
        await county.FillAsync("#seed", "20261220");
        await county.ClickAsync("#draw");
        await county.WaitForSelectorAsync("#spot-seed");
        // Two four-star branches (幸福社区 by the quota, 乡机关 at 82) and no three-star one: 15 % of 2 rounds up to 1.
        (await county.Locator("#spot-entries tbody tr").CountAsync()).Should().Be(1);
        await BrowserAppFactory.ScreenshotAsync(county, "star-spot-check");

        await office.ReloadAsync();
        await office.FillAsync("#filing-note", "示乡组〔2026〕1号，已报县委组织部备案");
        await office.ClickAsync("#name-branches");
        await office.WaitForSelectorAsync("#rating-overview");
        (await office.Locator("#rating-overview td.stage").AllInnerTextsAsync()).Should().OnlyContain(s => s == "已命名备案");
        (await office.InnerTextAsync($"#rating-overview tr[data-branch-id='{b.Village}'] td.stars")).Should().Be("★★★★★");
        await BrowserAppFactory.ScreenshotAsync(office, "star-overview-named");

        await office.ClickAsync("text=软弱涣散整顿");
        await office.WaitForSelectorAsync($".rectification[data-branch-id='{b.School}']");
        await BrowserAppFactory.ScreenshotAsync(office, "star-rectification-list");
    }

    /// <summary>Every base sub-item at its maximum with a note; bonus and deductions stay 0.</summary>
    private static async Task FillSelfEvaluationAsync(IPage page)
    {
        var rows = page.Locator("#self-evaluation-form tr[data-code]");
        var count = await rows.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            var code = await row.GetAttributeAsync("data-code");
            if (code![0] is < 'A' or > 'F')
                continue;
            await row.Locator("input.score-input").FillAsync((await row.Locator("td").Nth(2).InnerTextAsync()).Trim());
            await page.FillAsync($"#note-{code}", "对照标准逐项自查，已落实");
        }
    }
}
