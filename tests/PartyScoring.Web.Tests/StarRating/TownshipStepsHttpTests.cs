using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.StarRating;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.StarRating;

/// <summary>
/// 镇党委考评, public notice, recommendation, county review, spot check and the rectification list over HTTP.
/// The township is driven through the real forms to the county review once per database (see <see cref="StarRatingDriver"/>).
/// </summary>
public abstract class TownshipStepsHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private static string Year => StarRatingDriver.Year.ToString();

    [Fact]
    public async Task TheNoticeFixesFourStarsAndBelowAndListsTwoStarBranchesForRectification()
    {
        var b = await app.RunToCountyReviewAsync();

        var village = await app.RatingAsync(b.Village);
        var community = await app.RatingAsync(b.Community);
        var government = await app.RatingAsync(b.Government);
        var school = await app.RatingAsync(b.School);
        village!.Total.Should().Be(98.5m);
        village.Stage.Should().BeOneOf(RatingStage.AwaitingCounty, RatingStage.CountyReviewed, RatingStage.Named);
        community!.Total.Should().Be(94m);
        community.Stars.Should().Be(4);
        community.Cap.Should().Be(StarCap.Quota);
        government!.Stars.Should().Be(3);
        school!.Total.Should().Be(63.6m);
        school.Stars.Should().Be(2);
        school.Scores.Should().Contain(s => s.ChangeReason == "未落实上级部署");
        (await app.WithDbAsync(db => db.Rectifications.Select(r => r.BranchId).ToListAsync())).Should().Equal(b.School);
    }

    [Fact]
    public async Task TheOverviewShowsDistributionQuotaAndWhoIsWaited()
    {
        await app.RunToCountyReviewAsync();
        var office = await app.SignedInAsync("office");

        var page = await office.GetPageAsync("/StarRatings");

        page.QuerySelector("#quota-used")!.TextContent.Should().Contain("已用 1 / 1");
        page.QuerySelector("#rating-overview")!.TextContent.Should().Contain("超出本乡镇五星级比例");
        page.QuerySelector("#star-distribution tr[data-stars='2'] td:last-child")!.TextContent.Trim().Should().Be("1");
    }

    [Fact]
    public async Task OnlyTheOfficeEvaluatesAndPublishes()
    {
        var b = await app.BranchesAsync();
        foreach (var user in new[] { "secretary1", "county" })
        {
            var client = await app.SignedInAsync(user);
            await client.ShouldBeForbiddenAsync(await client.PostWithTokenAsync($"/StarRatings/Evaluate/{b.Village}?year={Year}"));
            await client.ShouldBeForbiddenAsync(await client.PostWithTokenAsync($"/StarRatings/Notice?townshipId={b.TownshipId}&year={Year}"));
            await client.ShouldBeForbiddenAsync(await client.PostWithTokenAsync($"/StarRatings/Name?townshipId={b.TownshipId}&year={Year}"));
        }
    }

    [Fact]
    public async Task TheCountyConfirmsFiveStarsAndCannotLowerWithoutAReason()
    {
        var b = await app.RunToCountyReviewAsync();
        var county = await app.SignedInAsync("county");
        var before = (await app.RatingAsync(b.Village))!.Steps.Count;

        var noReason = await county.PostWithTokenAsync("/CountyReview/Review", new Dictionary<string, string>
        {
            ["townshipId"] = b.TownshipId.ToString(), ["branchId"] = b.Village.ToString(), ["year"] = Year, ["decision"] = "lower", ["stars"] = "4",
        });
        noReason.StatusCode.Should().Be(HttpStatusCode.OK);
        (await noReason.Content.ReadAsStringAsync()).Should().Contain("降低星级必须写明理由");
        (await app.RatingAsync(b.Village))!.Steps.Should().HaveCount(before);

        var confirm = await county.PostWithTokenAsync("/CountyReview/Review", new Dictionary<string, string>
        {
            ["townshipId"] = b.TownshipId.ToString(), ["branchId"] = b.Village.ToString(), ["year"] = Year, ["decision"] = "confirm",
        });
        confirm.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var village = await app.RatingAsync(b.Village);
        village!.Stage.Should().Be(RatingStage.CountyReviewed);
        village.Stars.Should().Be(5);
    }

    [Fact]
    public async Task OnlyTheCountyReviewsAndDraws()
    {
        var b = await app.BranchesAsync();
        foreach (var user in new[] { "office", "secretary1" })
        {
            var client = await app.SignedInAsync(user);
            await client.ShouldBeForbiddenAsync(await client.GetAsync("/CountyReview"));
            await client.ShouldBeForbiddenAsync(await client.PostWithTokenAsync("/CountyReview/Draw",
                new Dictionary<string, string> { ["townshipId"] = b.TownshipId.ToString(), ["year"] = Year, ["seed"] = "1" }));
        }
        var county = await app.SignedInAsync("county");
        (await county.GetAsync("/CountyReview?townshipId=999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheCountyDrawsWithAStoredSeedAndABadSeedGetsAChineseMessage()
    {
        var b = await app.RunToCountyReviewAsync();
        var county = await app.SignedInAsync("county");
        var draw = new Dictionary<string, string> { ["townshipId"] = b.TownshipId.ToString(), ["year"] = Year };

        var bad = await county.PostWithTokenAsync("/CountyReview/Draw", new Dictionary<string, string>(draw) { ["seed"] = "abc" });
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("随机种子应为整数");
        (await app.WithDbAsync(db => db.SpotChecks.CountAsync())).Should().Be(0);

        (await county.PostWithTokenAsync("/CountyReview/Draw", new Dictionary<string, string>(draw) { ["seed"] = "20261220" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var check = await app.WithDbAsync(db => db.SpotChecks.SingleAsync());
        check.Seed.Should().Be(20261220);
        // One four-star and one three-star branch: 15 % of one, rounded up, is one each.
        check.Entries.Select(e => e.BranchId).Should().BeEquivalentTo([b.Community, b.Government]);
        (await county.PostWithTokenAsync("/CountyReview/Record", new Dictionary<string, string>(draw)
            { ["branchId"] = b.Government.ToString(), ["upheld"] = "true", ["finding"] = "档案齐全，评定属实" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.SpotChecks.SingleAsync())).Entries.Single(e => e.BranchId == b.Government).Upheld.Should().BeTrue();
    }

    [Fact]
    public async Task TheOfficeKeepsTheRectificationListAndTheCountyOnlyReadsIt()
    {
        var b = await app.RunToCountyReviewAsync();
        var id = await app.WithDbAsync(db => db.Rectifications.Where(r => r.BranchId == b.School).Select(r => r.Id).SingleAsync());
        var office = await app.SignedInAsync("office");
        var county = await app.SignedInAsync("county");
        var secretary = await app.SignedInAsync("secretary4");

        var bad = await office.PostWithTokenAsync($"/Rectifications/Plan/{id}",
            new Dictionary<string, string> { ["measures"] = "", ["responsiblePerson"] = "李书记", ["deadline"] = $"{Year}-12-31" });
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("请填写整顿措施");

        (await office.PostWithTokenAsync($"/Rectifications/Plan/{id}",
            new Dictionary<string, string> { ["measures"] = "调整充实支委班子", ["responsiblePerson"] = "李书记", ["deadline"] = $"{Year}-12-31" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Rectifications.SingleAsync(r => r.Id == id))).Measures.Should().Be("调整充实支委班子");

        (await county.GetAsync("/Rectifications")).StatusCode.Should().Be(HttpStatusCode.OK);
        await county.ShouldBeForbiddenAsync(await county.PostWithTokenAsync($"/Rectifications/Close/{id}"));
        await secretary.ShouldBeForbiddenAsync(await secretary.GetAsync("/Rectifications"));
        (await office.PostWithTokenAsync("/Rectifications/Close/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTownshipStepsHttpTests(SqliteAppFactory app) : TownshipStepsHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlTownshipStepsHttpTests(PostgreSqlAppFactory app) : TownshipStepsHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
