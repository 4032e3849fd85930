using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 3 item 7: the township overview lists every branch's sheet; a branch sees only its own.</summary>
public abstract class QuarterOverviewHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task OfficeSeesEveryBranchsSheetStateAndABranchOnlyItsOwn()
    {
        var office = await app.SignedInAsync("office");
        var clerk = await app.SignedInAsync("clerk1");

        var current = await office.GetPageAsync("/Quarters");
        var lastYear = await office.GetPageAsync($"/Quarters?year={DateTime.Now.Year - 1}&quarter=4");
        var own = await clerk.GetPageAsync("/Quarters");

        current.QuerySelectorAll("#overview tbody tr").Select(r => r.Children[1].TextContent.Trim()).Should().HaveCount(4).And.OnlyContain(s => s.StartsWith("草稿"));
        lastYear.QuerySelectorAll("#overview tbody tr").Select(r => r.Children[1].TextContent.Trim()).Should().HaveCount(4).And.OnlyContain(s => s == "已定稿");
        lastYear.QuerySelectorAll("#overview tr.overdue").Should().BeEmpty("every past sheet is Final");
        own.QuerySelectorAll("#overview tbody tr").Should().ContainSingle().Which.TextContent.Should().Contain("红星村");
    }

    [Theory]
    [InlineData("/Quarters?year=1999")]
    [InlineData("/Quarters?quarter=5")]
    [InlineData("/Quarters/Branch/999999?year=2026&quarter=1")]
    [InlineData("/Quarters/Sheet/999999")]
    [InlineData("/Notices/Details/999999")]
    public async Task OutOfRangeOrUnknownIdsAreNotFound(string url)
    {
        var office = await app.SignedInAsync("office");

        (await office.GetAsync(url)).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}

public sealed class SqliteQuarterOverviewHttpTests(SqliteAppFactory app) : QuarterOverviewHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlQuarterOverviewHttpTests(PostgreSqlAppFactory app) : QuarterOverviewHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
