using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 3 §3 初评: the evaluation group sees the draft line by line and sends chosen lines back with a comment.</summary>
public abstract class InitialReviewLineTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task EvaluationGroupSendsOneLineBackAndTheClerkSeesItsComment()
    {
        var sheetId = await app.CurrentSheetOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        (await clerk.StepAsync(sheetId, SheetAction.SendToReview)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var group = await app.SignedInAsync("evaluator1");
        var review = await group.GetPageAsync($"/Quarters/Sheet/{sheetId}");
        var boxes = review.QuerySelectorAll<IHtmlInputElement>("input.send-back-line").ToList();
        boxes.Should().NotBeEmpty("the group reviews the draft line by line");
        var chosen = long.Parse(boxes[0].Value);

        var response = await group.StepAsync(sheetId, SheetAction.SendBack,
            new Dictionary<string, string> { ["Comment"] = "扣分事由不清，请补充时间地点", ["LineIds"] = chosen.ToString() });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.SheetStateAsync(sheetId)).Should().Be(SheetState.Draft);
        var comments = await app.WithDbAsync(db => db.LedgerLines
            .Where(l => l.State == LedgerLineState.Draft && l.ReviewComment != null).Select(l => new { l.Id, l.ReviewComment }).ToListAsync());
        comments.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = chosen, ReviewComment = "扣分事由不清，请补充时间地点" });
        var sheet = await clerk.GetPageAsync($"/Quarters/Sheet/{sheetId}");
        sheet.QuerySelector($"tr[data-line-id='{chosen}'] .review-comment")!.TextContent.Should().Contain("扣分事由不清");
    }
}

public sealed class SqliteInitialReviewLineTests(SqliteAppFactory app) : InitialReviewLineTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlInitialReviewLineTests(PostgreSqlAppFactory app) : InitialReviewLineTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
