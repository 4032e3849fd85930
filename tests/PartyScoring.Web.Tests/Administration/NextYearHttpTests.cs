using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Administration;

/// <summary>
/// Issue 13 §6: a township begins next year with the pages alone. From 1 December the office is reminded; in January,
/// before the scheme and standard exist, no page fails; the office makes them on the year-setup page (a second attempt
/// is refused in Chinese, nothing written); then the clerk's grid and the star rating of the new year work.
/// </summary>
public abstract class NextYearHttpTests<TFactory>(TFactory app) where TFactory : ClockedAppFactory
{
    private static readonly string[] OfficePages = ["/", "/Schemes", "/Quarters", "/Dashboard", "/YearEnd", "/StarRatings", "/TownshipExports", "/YearSetup"];
    private static readonly string[] ClerkPages = ["/", "/Quarters", "/Schemes", "/YearEnd"];

    [Fact]
    public async Task TheOfficePreparesNextYearThroughThePagesAndTheNewYearWorks()
    {
        var next = app.Clock.GetLocalNow().Year + 1;

        // 1 December: reminded to prepare next year.
        MoveTo(new DateTime(next - 1, 12, 1, 9, 0, 0));
        var office = await app.SignedInAsync("office");
        var secretary = await app.SignedInAsync("secretary1");
        (await office.GetStringAsync("/")).Should().Contain($"请准备 {next} 年度的积分方案和评星定级标准");
        var refused = await secretary.GetAsync("/YearSetup");
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.Should().StartWith("/Account/AccessDenied", "only the township office prepares a year");

        // January, nothing prepared: every page answers, none fails.
        MoveTo(new DateTime(next, 1, 5, 9, 0, 0));
        office = await app.SignedInAsync("office");
        var clerk = await app.SignedInAsync("clerk1");
        foreach (var (client, url) in OfficePages.Select(u => (office, u)).Concat(ClerkPages.Select(u => (clerk, u))))
            ((int)(await client.GetAsync(url)).StatusCode).Should().BeLessThan(500, url);
        (await office.GetStringAsync("/Schemes")).Should().Contain("本年度尚未设定积分方案").And.Contain("/YearSetup");
        var officeQuarters = await office.GetPageAsync("/Quarters");
        officeQuarters.QuerySelector("#missing-scheme")!.TextContent.Should().Contain($"{next} 年度尚未设定积分方案");
        officeQuarters.QuerySelector("#missing-scheme a")!.GetAttribute("href").Should().Be("/YearSetup");
        (await clerk.GetPageAsync("/Quarters")).QuerySelector("#missing-scheme")!.TextContent.Should().Contain("请联系乡镇党委");

        var township = await app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Township).Select(o => o.Id).SingleAsync());
        var lastYearItems = await app.WithDbAsync(db => db.Schemes.Where(s => s.TownshipId == township && s.Year == next - 1)
            .OrderByDescending(s => s.Version).Select(s => s.Items.Count).FirstAsync());

        // The scheme: last year's carried over.
        var made = await PostAsync(office, "#year-setup-scheme", new() { ["year"] = next.ToString(), ["source"] = "previous" });
        made.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.GetStringAsync(made.Headers.Location!.OriginalString)).Should().Contain("年度积分方案已生成");
        (await app.WithDbAsync(db => db.Schemes.Where(s => s.TownshipId == township && s.Year == next).Select(s => s.Items.Count).SingleAsync()))
            .Should().Be(lastYearItems);

        // A second scheme for the same year is refused in Chinese, with the choice kept and nothing written.
        var schemes = await app.WithDbAsync(db => db.Schemes.CountAsync());
        var again = await PostAsync(office, "#year-setup-scheme", new() { ["year"] = next.ToString(), ["source"] = "seed002" });
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var againPage = await Browserless.ParseAsync(again);
        againPage.QuerySelector("#year-setup-error")!.TextContent.Should().Contain("该年度已有积分方案");
        againPage.QuerySelector<IHtmlSelectElement>("#scheme-source")!.Value.Should().Be("seed002");
        (await app.WithDbAsync(db => db.Schemes.CountAsync())).Should().Be(schemes);

        // A source that is not offered is refused too.
        var unknown = await PostAsync(office, "#year-setup-scheme", new() { ["year"] = (next + 1).ToString(), ["source"] = "别的" });
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Browserless.ParseAsync(unknown)).QuerySelector("#year-setup-error")!.TextContent.Should().Contain("请选择方案来源");

        // The star-rating standard, once.
        (await PostAsync(office, "#year-setup-standard", new() { ["year"] = next.ToString() })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PostAsync(office, "#year-setup-standard", new() { ["year"] = next.ToString() })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.RatingStandards.CountAsync(s => s.TownshipId == township && s.Year == next))).Should().Be(1);
        (await office.GetStringAsync("/")).Should().NotContain($"请准备 {next + 1} 年度", "next year's reminder waits for December");
        (await office.GetPageAsync("/Quarters")).QuerySelector("#missing-scheme").Should().BeNull("the year has its scheme now");

        // The new year works: the clerk starts the first quarter and opens the grid; the office opens the star rating.
        var branch = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "clerk1").Select(u => u.OrganisationId).SingleAsync());
        var start = await PostAsync(clerk, $"/Quarters/Branch/{branch}?year={next}&quarter=1", "form[action^='/Quarters/Branch/']", new());
        start.StatusCode.Should().Be(HttpStatusCode.Redirect);
        start.Headers.Location!.OriginalString.Should().StartWith("/Quarters/Sheet/");
        var sheet = start.Headers.Location!.OriginalString.Split('/').Last();
        var grid = await clerk.GetAsync($"/Quarters/Grid/{sheet}");
        grid.StatusCode.Should().Be(HttpStatusCode.OK, grid.Headers.Location?.OriginalString);
        (await office.GetAsync($"/StarRatings?year={next}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await office.GetAsync($"/StarRatings/Branch/{branch}?year={next}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private void MoveTo(DateTime local)
    {
        var target = new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
        var by = target - app.Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
            app.Clock.Advance(by);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string formSelector, Dictionary<string, string> fields) =>
        PostAsync(client, "/YearSetup", formSelector, fields);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string formSelector, Dictionary<string, string> fields)
    {
        var form = (await client.GetPageAsync(page)).QuerySelector<IHtmlFormElement>(formSelector);
        form.Should().NotBeNull($"{page} should have {formSelector}");
        var values = form!.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (k, v) in fields)
            values[k] = v;
        return await client.PostAsync(form.GetAttribute("action") ?? page, new FormUrlEncodedContent(values));
    }
}

public sealed class SqliteNextYearHttpTests(SqliteClockedAppFactory app)
    : NextYearHttpTests<SqliteClockedAppFactory>(app), IClassFixture<SqliteClockedAppFactory>;

public sealed class PostgreSqlNextYearHttpTests(PostgreSqlClockedAppFactory app)
    : NextYearHttpTests<PostgreSqlClockedAppFactory>(app), IClassFixture<PostgreSqlClockedAppFactory>;
