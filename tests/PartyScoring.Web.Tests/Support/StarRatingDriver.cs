using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Web.Tests.Support;

/// <summary>The demo township's branches, and the rating steps done through the real forms.</summary>
public sealed record DemoBranches(int TownshipId, int Village, int Community, int Government, int School)
{
    public int[] All => [Village, Community, Government, School];
}

public static class StarRatingDriver
{
    public static int Year => DateTime.Now.Year;

    public static Task<DemoBranches> BranchesAsync(this AppFactory app) => app.WithDbAsync(async db =>
    {
        var township = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Township);
        var ids = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        return new DemoBranches(township.Id, ids[0], ids[1], ids[2], ids[3]);
    });

    public static Task<BranchRating?> RatingAsync(this AppFactory app, int branchId) =>
        app.WithDbAsync(db => db.BranchRatings.AsNoTracking().SingleOrDefaultAsync(r => r.BranchId == branchId && r.Year == Year));

    /// <summary>An antiforgery token of the signed-in user, from the forms every page has (language switch, sign-out).</summary>
    public static async Task<string> TokenAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/");
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IDictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = await client.TokenAsync(),
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>A forbidden role is sent to the access-denied page, which answers 403.</summary>
    public static async Task ShouldBeForbiddenAsync(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/AccessDenied");
        (await client.GetAsync(response.Headers.Location)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// Fills the rating form on the branch page: every base sub-item at full marks with a note unless
    /// <paramref name="points"/> says otherwise (code → points and note/reason), bonus and deductions 0.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitRatingFormAsync(this HttpClient client, int branchId, string formId,
        IDictionary<string, (string Points, string Text)>? points = null, IDictionary<string, string>? extra = null)
    {
        var page = await client.GetPageAsync($"/StarRatings/Branch/{branchId}?year={Year}");
        var form = page.QuerySelector<IHtmlFormElement>($"#{formId}")
                   ?? throw new InvalidOperationException($"#{formId} is not on the page:\n" + page.Body?.TextContent);
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input.score-input"))
        {
            var code = input.Id!["score-".Length..];
            var row = input.Closest("tr")!;
            var isBase = code[0] is >= 'A' and <= 'F';
            var max = row.QuerySelectorAll("td")[2].TextContent.Trim();
            var self = formId == "self-evaluation-form";
            (string Points, string Text) value = points is not null && points.TryGetValue(code, out var given)
                ? given
                : (self ? (isBase ? max : "0") : input.Value ?? "", isBase && self ? "对照标准自查，已落实" : "");
            fields[input.Name!] = value.Points;
            fields[input.Name!.Replace(".Points", ".Text")] = value.Text;
        }
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
            fields[k] = v;
        return await client.PostFormAsync(form, fields);
    }

    public static Task<HttpResponseMessage> SelfEvaluateAsync(this HttpClient secretary, int branchId,
        IDictionary<string, (string, string)>? points = null) =>
        secretary.SubmitRatingFormAsync(branchId, "self-evaluation-form", points);

    public static Task<HttpResponseMessage> EvaluateAsync(this HttpClient office, int branchId, string review,
        IDictionary<string, (string, string)>? points = null) =>
        office.SubmitRatingFormAsync(branchId, "township-evaluation-form", points, new Dictionary<string, string> { ["review"] = review });

    /// <summary>
    /// Brings the demo township to the county review: 红星村 98.5 (★5, within the one place), 幸福社区 94 (★5 band,
    /// outside the quota → ★4), 乡机关 75 (★3), 中心学校 63.6 (★2 → rectification list). Safe to call more than once.
    /// </summary>
    public static async Task<DemoBranches> RunToCountyReviewAsync(this AppFactory app)
    {
        var b = await app.BranchesAsync();
        if ((await app.RatingAsync(b.Village))?.Stage >= RatingStage.AwaitingCounty)
            return b;
        var secretaries = new[] { "secretary1", "secretary2", "secretary3", "secretary4" };
        for (var i = 0; i < 4; i++)
            (await (await app.SignedInAsync(secretaries[i])).SelfEvaluateAsync(b.All[i])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var office = await app.SignedInAsync("office");
        (await office.EvaluateAsync(b.Village, "95")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.EvaluateAsync(b.Community, "80")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.EvaluateAsync(b.Government, "40", new Dictionary<string, (string, string)> { ["F1"] = ("0", "重点任务推进不力") }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.EvaluateAsync(b.School, "30", new Dictionary<string, (string, string)>
        {
            ["F1"] = ("0", "未落实上级部署"), ["F2"] = ("0", "本职工作不到位"), ["F3"] = ("0", "联系群众不够"),
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.PostWithTokenAsync($"/StarRatings/Notice?townshipId={b.TownshipId}&year={Year}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.PostWithTokenAsync($"/StarRatings/Recommend?townshipId={b.TownshipId}&year={Year}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return b;
    }
}
