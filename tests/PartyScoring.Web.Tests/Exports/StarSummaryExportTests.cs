using System.Net;
using AngleSharp.Dom;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>Issue 5: the star-rating summary (评星定级汇总表) lists every branch as the star-rating overview shows it.</summary>
public abstract class StarSummaryExportTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task ExcelSummaryHasEveryBranchWithTheOverviewsStage()
    {
        var office = await app.SignedInAsync("office");
        var overview = await office.GetPageAsync("/StarRatings");
        var onScreen = overview.QuerySelectorAll("#rating-overview tbody tr")
            .Select(r => (Name: r.QuerySelector("td a")!.TextContent.Trim(), Stage: r.QuerySelector(".stage")!.TextContent.Trim())).ToList();

        var response = await office.GetAsync("/TownshipExports/StarSummary?format=xlsx");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rows = ExportFiles.FirstSheet(await response.Content.ReadAsByteArrayAsync());
        rows[0][0].Should().Be("评星定级汇总表");
        onScreen.Should().HaveCount(4);
        foreach (var (name, stage) in onScreen)
            rows.Should().Contain(r => r.Length >= 9 && r[1] == name && r[8] == stage, name);
    }

    [Fact]
    public async Task BranchStaffCannotExportTheTownshipSummary()
    {
        var clerk = await app.SignedInAsync("clerk1");

        (await clerk.GetAsync("/TownshipExports/StarSummary?format=xlsx")).ShouldBeForbidden();
    }
}

public sealed class SqliteStarSummaryExportTests(SqliteAppFactory app) : StarSummaryExportTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlStarSummaryExportTests(PostgreSqlAppFactory app) : StarSummaryExportTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
