using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>Issue 3: the demo has quarter sheets — past quarters Final with their whole timeline, the current one a draft.</summary>
public abstract class DemoSheetTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task PastQuartersAreFinalAndTheCurrentQuarterIsADraftForEveryBranch()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var today = DateTime.Now;
        var current = (today.Month + 2) / 3;
        var branches = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).Select(o => o.Id).ToListAsync();
        var sheets = await db.QuarterSheets.Include(s => s.Transitions).ToListAsync();

        sheets.Should().HaveCount(branches.Count * (4 + current));
        sheets.Where(s => s.Year == today.Year && s.Quarter == current).Should().OnlyContain(s => s.State == SheetState.Draft);
        var past = sheets.Where(s => s.Year < today.Year || s.Quarter < current).ToList();
        past.Should().OnlyContain(s => s.State == SheetState.Final && s.Transitions.Count == 7);
        past.Should().OnlyContain(s => s.Transitions.OrderBy(t => t.Id).Last().Action == SheetAction.Finalise);
    }

    [Fact]
    public async Task LinesOfFinalQuartersAreConfirmedAndTheCurrentQuartersAreDrafts()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var today = DateTime.Now;
        var current = (today.Month + 2) / 3;
        var states = await db.LedgerLines.Select(l => new { l.Year, l.Quarter, l.State }).ToListAsync();

        states.Where(l => l.Year < today.Year || l.Quarter < current).Should().OnlyContain(l => l.State == LedgerLineState.Confirmed);
        states.Where(l => l.Year == today.Year && l.Quarter == current).Should().Contain(l => l.State == LedgerLineState.Draft);
    }
}

public sealed class SqliteDemoSheetTests(SqliteFixture f) : DemoSheetTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlDemoSheetTests(PostgreSqlFixture f) : DemoSheetTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
