using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>Issue 4 §5: the dashboard's numbers are the branch pages' numbers, and the category totals add up.</summary>
public abstract class DashboardHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task OfficeDashboardGradeCountsAndAveragesEqualEachBranchPage()
    {
        var office = await app.SignedInAsync("office");
        var branches = await app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).Select(o => o.Id).ToListAsync());

        var dashboard = await office.GetPageAsync("/Dashboard");

        dashboard.QuerySelectorAll("#grade-table tbody tr").Should().HaveCount(branches.Count);
        foreach (var id in branches)
        {
            var page = await office.GetPageAsync($"/Branches/Details/{id}");
            var rows = page.QuerySelectorAll("table.points-table")[0].QuerySelectorAll("tbody tr[data-member-id]");
            var grades = rows.Select(r => r.QuerySelector("td.grade")!.TextContent.Trim()).ToList();
            var totals = rows.Select(r => decimal.Parse(r.QuerySelector("td.total")!.TextContent, CultureInfo.InvariantCulture)).ToList();
            var gradeRow = dashboard.QuerySelector($"#grade-table tr[data-branch-id='{id}']")!;
            int.Parse(gradeRow.QuerySelector(".graded")!.TextContent, CultureInfo.InvariantCulture).Should().Be(rows.Length);
            foreach (var cell in gradeRow.QuerySelectorAll("td[data-grade]"))
            {
                var name = dashboard.QuerySelector($"#grade-table thead th[data-grade='{cell.GetAttribute("data-grade")}']")!.TextContent.Trim();
                int.Parse(cell.TextContent, CultureInfo.InvariantCulture).Should().Be(grades.Count(g => g == name), $"{name} in branch {id}");
            }
            var average = dashboard.QuerySelector($"#average-table tr[data-branch-id='{id}'] .average")!.TextContent.Trim();
            average.Should().Be(totals.Count == 0 ? "—" : Math.Round(totals.Average(), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task CategoryTotalsAddUpToTheTownshipsGradedMembers()
    {
        var office = await app.SignedInAsync("office");

        var dashboard = await office.GetPageAsync("/Dashboard");

        var graded = dashboard.QuerySelectorAll("#grade-table tbody .graded").Sum(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture));
        var byCategory = dashboard.QuerySelectorAll("#category-table tbody .graded").Sum(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture));
        dashboard.QuerySelectorAll("#category-table tbody tr").Should().HaveCount(5, "机关/社区/学校/两新/农村");
        byCategory.Should().Be(graded).And.BeGreaterThan(0);
        dashboard.QuerySelector("#category-graded-sum")!.TextContent.Should().Be(graded.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheTrendAfterTheLastQuarterIsTheYearsAverageAndChartsAreAccessibleSvg()
    {
        var office = await app.SignedInAsync("office");

        var dashboard = await office.GetPageAsync("/Dashboard");

        var quarter = (DateTime.Now.Month + 2) / 3;
        dashboard.QuerySelectorAll("#trend-table thead th").Should().HaveCount(quarter + 1);
        foreach (var row in dashboard.QuerySelectorAll("#trend-table tbody tr"))
        {
            var id = row.GetAttribute("data-branch-id");
            row.QuerySelector($"td[data-quarter='{quarter}']")!.TextContent.Should()
                .Be(dashboard.QuerySelector($"#average-table tr[data-branch-id='{id}'] .average")!.TextContent, "all lines so far are counted after the current quarter");
        }
        foreach (var svg in dashboard.QuerySelectorAll("svg.chart"))
        {
            svg.GetAttribute("role").Should().Be("img");
            svg.QuerySelector("title")!.TextContent.Should().NotBeEmpty();
            svg.QuerySelector("desc")!.TextContent.Should().NotBeEmpty();
        }
        dashboard.QuerySelectorAll("svg.chart").Should().HaveCount(4);
        dashboard.QuerySelectorAll("script:not([src])").Should().BeEmpty("the CSP forbids inline script");
    }

    [Fact]
    public async Task TheSecretarySeesOnlyTheirBranchAndAMemberNoDashboard()
    {
        var branch = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "secretary1").Select(u => u.OrganisationId).SingleAsync());
        var secretary = await app.SignedInAsync("secretary1");

        var dashboard = await secretary.GetPageAsync("/Dashboard");

        dashboard.QuerySelectorAll("#grade-table tbody tr").Select(r => r.GetAttribute("data-branch-id"))
            .Should().Equal(branch.ToString());
        (await (await app.SignedInAsync("clerk1")).GetAsync("/Dashboard")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.SignedInAsync("member1")).GetAsync("/Dashboard")).ShouldBeForbidden();
    }
}

public sealed class SqliteDashboardHttpTests(SqliteAppFactory app) : DashboardHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlDashboardHttpTests(PostgreSqlAppFactory app) : DashboardHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
