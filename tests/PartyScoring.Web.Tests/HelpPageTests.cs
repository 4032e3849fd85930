using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 18 §7: 使用说明 inside the app, the sections of the user's own roles, each with its steps.</summary>
public sealed class HelpPageTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("clerk1", "help-BranchClerk", "help-Member")]
    [InlineData("evaluator1", "help-EvaluationGroup", "help-BranchClerk")]
    [InlineData("office", "help-TownshipOffice", "help-BranchClerk")]
    [InlineData("member1", "help-Member", "help-TownshipOffice")]
    public async Task EachRoleReadsItsOwnStepsAndCanPrintThem(string login, string own, string other)
    {
        var client = await app.SignedInAsync(login);

        var page = await client.GetPageAsync("/Help");

        page.QuerySelectorAll($"#{own} ol li").Length.Should().BeGreaterThanOrEqualTo(3);
        page.QuerySelector($"#{own} h2")!.TextContent.Should().NotBeNullOrWhiteSpace().And.NotContain("Help_");
        page.QuerySelector($"#{other}").Should().BeNull("a role reads its own steps, not everyone's");
        page.QuerySelector("#help-print")!.TextContent.Should().Be("打印本页");
        page.QuerySelector("#nav-help")!.GetAttribute("href").Should().Be("/Help");
    }
}
