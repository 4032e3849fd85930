using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.StarRating;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.StarRating;

/// <summary>党支部自评 over HTTP: only the branch's own secretary, with a Chinese message for bad input.</summary>
public abstract class SelfEvaluationHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task SecretarySubmitsTheOwnBranchsSelfEvaluation()
    {
        var b = await app.BranchesAsync();
        var secretary = await app.SignedInAsync("secretary1");

        var response = await secretary.SelfEvaluateAsync(b.Village);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var rating = await app.RatingAsync(b.Village);
        rating!.Stage.Should().Be(RatingStage.TownshipEvaluation);
        rating.BaseScore.Should().Be(100);
        rating.Steps.Should().ContainSingle(s => s.Actor == "secretary1");
    }

    [Fact]
    public async Task ASecretaryIsSentToTheOwnBranchFromTheOverview()
    {
        var b = await app.BranchesAsync();
        var secretary = await app.SignedInAsync("secretary2");

        var response = await secretary.GetAsync("/StarRatings");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain($"/StarRatings/Branch/{b.Community}");
    }

    [Fact]
    public async Task AnotherBranchsSecretaryGetsNotFoundForPageAndPost()
    {
        var b = await app.BranchesAsync();
        var other = await app.SignedInAsync("secretary2");

        (await other.GetAsync($"/StarRatings/Branch/{b.Village}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetAsync($"/StarRatings/History/{b.Village}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var post = await other.PostWithTokenAsync($"/StarRatings/SelfEvaluate/{b.Village}?year={StarRatingDriver.Year}",
            new Dictionary<string, string> { ["scores[0].ItemId"] = "1", ["scores[0].Points"] = "5" });
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("office")]
    [InlineData("county")]
    [InlineData("clerk1")]
    public async Task OtherRolesCannotSelfEvaluate(string user)
    {
        var b = await app.BranchesAsync();
        var client = await app.SignedInAsync(user);

        var response = await client.PostWithTokenAsync($"/StarRatings/SelfEvaluate/{b.Village}?year={StarRatingDriver.Year}");

        await client.ShouldBeForbiddenAsync(response);
    }

    [Fact]
    public async Task AClerkCannotOpenTheRatingPages()
    {
        var clerk = await app.SignedInAsync("clerk1");

        await clerk.ShouldBeForbiddenAsync(await clerk.GetAsync("/StarRatings"));
    }

    [Fact]
    public async Task BadInputShowsChineseMessagesAndKeepsWhatWasTypedWithoutSaving()
    {
        var b = await app.BranchesAsync();
        var secretary = await app.SignedInAsync("secretary4");

        var response = await secretary.SelfEvaluateAsync(b.School, new Dictionary<string, (string, string)>
        {
            ["A1"] = ("9", "超过该项分值"),
            ["A2"] = ("4", ""),
            ["B1"] = ("abc", "不是数字"),
            ["K1"] = ("10", "减分不足 20"),
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Browserless.ParseAsync(response);
        page.QuerySelector("#form-error")!.TextContent.Should().Contain("请按提示修改");
        page.QuerySelector("#error-A1")!.TextContent.Should().Contain("分值超出该项的分值范围");
        page.QuerySelector("#error-A2")!.TextContent.Should().Contain("请填写该项的自查情况说明");
        page.QuerySelector("#error-B1")!.TextContent.Should().Contain("请填写分值");
        page.QuerySelector("#error-K1")!.TextContent.Should().Contain("减分项每次不少于 20 分");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#score-B1")!.Value.Should().Be("abc");
        (await app.WithDbAsync(db => db.BranchRatings.AnyAsync(r => r.BranchId == b.School))).Should().BeFalse();
    }

    [Fact]
    public async Task AnEvaluationWithABadReviewScoreOrAMissingReasonShowsChineseMessagesAndSavesNothing()
    {
        var b = await app.BranchesAsync();
        // No other test of this class touches 乡机关, so its self-evaluation is made here, once.
        (await (await app.SignedInAsync("secretary3")).SelfEvaluateAsync(b.Government)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var before = await app.RatingAsync(b.Government);
        var office = await app.SignedInAsync("office");

        var response = await office.EvaluateAsync(b.Government, "120", new Dictionary<string, (string, string)> { ["A1"] = ("3", "") });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Browserless.ParseAsync(response);
        page.QuerySelector("#error-review")!.TextContent.Should().Contain("评议项得分应为 0–100");
        page.QuerySelector("#error-A1")!.TextContent.Should().Contain("调整自评分值时必须写明理由");
        var after = await app.RatingAsync(b.Government);
        after!.Stage.Should().Be(RatingStage.TownshipEvaluation);
        after.Steps.Should().HaveCount(before!.Steps.Count);
    }
}

public sealed class SqliteSelfEvaluationHttpTests(SqliteAppFactory app) : SelfEvaluationHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlSelfEvaluationHttpTests(PostgreSqlAppFactory app) : SelfEvaluationHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
