using System.Net;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 3 item 8: the office reads the audit log with filters; nobody else opens it.</summary>
public abstract class AuditLogHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task OfficeFiltersTheLogByEntityAndUser()
    {
        var office = await app.SignedInAsync("office");

        var page = await office.GetPageAsync("/Audit?Entity=QuarterSheet");
        var byUser = await office.GetPageAsync("/Audit?User=nobody-at-all");

        var entities = page.QuerySelectorAll("#audit-log td.audit-entity").Select(td => td.TextContent).ToList();
        entities.Should().NotBeEmpty("the demo's sheets were written and audited").And.OnlyContain(e => e == "QuarterSheet");
        byUser.QuerySelectorAll("#audit-log tbody tr").Should().BeEmpty();
    }

    [Fact]
    public async Task BadFilterValuesShowTheUnfilteredLogNotAnError()
    {
        var office = await app.SignedInAsync("office");

        (await office.GetAsync("/Audit?From=not-a-date&To=2026-13-45")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("clerk1")]
    [InlineData("secretary1")]
    [InlineData("member1")]
    public async Task OnlyTheOfficeOpensTheLog(string login)
    {
        var client = await app.SignedInAsync(login);

        (await client.GetAsync("/Audit")).ShouldBeForbidden();
    }
}

public sealed class SqliteAuditLogHttpTests(SqliteAppFactory app) : AuditLogHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlAuditLogHttpTests(PostgreSqlAppFactory app) : AuditLogHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
