using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 2 §5: each role's home page shows real data, and the figures are the engine's.</summary>
public abstract class HomePageTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task MemberHomeShowsTheTotalTheEngineComputesFromTheirLines()
    {
        var year = DateTime.Now.Year;
        var expected = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "member1");
            var member = await db.Members.Include(m => m.Exemptions).SingleAsync(m => m.Id == user.MemberId);
            var branch = await db.Organisations.SingleAsync(o => o.Id == member.BranchId);
            var scheme = await SchemeLookup.CurrentAsync(db, SchemeLookup.TownshipIdOf(branch), year);
            var lines = (await db.LedgerLines.Where(l => l.MemberId == member.Id && l.Year == year && l.State == LedgerLineState.Confirmed).ToListAsync())
                .Select(ScoredLine.From);
            return PointsCalculator.Compute(scheme!, member.Id, lines).Total;
        });
        var client = await app.SignedInAsync("member1");

        var home = await client.GetPageAsync("/");

        decimal.Parse(home.QuerySelector("#own-total")!.TextContent, CultureInfo.InvariantCulture).Should().Be(expected);
        home.QuerySelector("#own-grade")!.TextContent.Should().BeOneOf("优秀", "合格", "不合格");
        home.QuerySelectorAll("#ledger-lines tbody tr").Should().NotBeEmpty();
    }

    [Fact]
    public async Task OfficeHomeListsEveryBranchWithItsGradedMemberCount()
    {
        var year = DateTime.Now.Year;
        var expected = await app.WithDbAsync(async db =>
        {
            var branches = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).ToListAsync();
            var members = await db.Members.Include(m => m.Exemptions).ToListAsync();
            return branches.ToDictionary(b => b.Id.ToString(CultureInfo.InvariantCulture),
                b => members.Count(m => m.BranchId == b.Id && ScoredMember.From(m, year).IsGraded).ToString(CultureInfo.InvariantCulture));
        });
        var client = await app.SignedInAsync("office");

        var home = await client.GetPageAsync("/");

        var rows = home.QuerySelectorAll("#branch-summary tbody tr")
            .ToDictionary(r => r.GetAttribute("data-branch-id")!, r => r.QuerySelector(".graded")!.TextContent);
        rows.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task ClerkHomeShowsTheirBranchRankedWithExemptAndActivistsApart()
    {
        var client = await app.SignedInAsync("clerk1");

        var home = await client.GetPageAsync("/");

        var tables = home.QuerySelectorAll("table.points-table");
        tables.Should().HaveCount(3, "graded members, activists and exempt members are listed separately");
        var ranks = tables[0].QuerySelectorAll("tbody tr td:first-child").Select(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture)).ToList();
        ranks.Should().BeInAscendingOrder().And.StartWith(1);
        tables[0].QuerySelectorAll("td.grade").Select(td => td.TextContent).Should().Contain("优秀");
    }

    [Fact]
    public async Task SchemePageShowsTheSeed000CatalogueToStaff()
    {
        var client = await app.SignedInAsync("secretary1");

        var page = await client.GetPageAsync("/Schemes");

        var text = page.Body!.TextContent;
        text.Should().Contain("党员义工日").And.Contain("需党建办审核").And.Contain("80.0").And.Contain("优秀 ≥ 90.0");
    }
}

public sealed class SqliteHomePageTests(SqliteAppFactory app) : HomePageTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlHomePageTests(PostgreSqlAppFactory app) : HomePageTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
