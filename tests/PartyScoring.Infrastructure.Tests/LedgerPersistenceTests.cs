using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>SPEC 4: the ledger is append-only in the database, whatever code tries to change it.</summary>
public abstract class LedgerPersistenceTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task ConfirmedLineCannotBeEdited()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var line = await db.LedgerLines.FirstAsync(l => l.State == LedgerLineState.Confirmed && l.Kind == Domain.Schemes.ItemKind.Duty);
        var original = line.Points;
        db.Entry(line).Property(l => l.Points).CurrentValue = original + 1;

        var save = () => db.SaveChangesAsync();

        await save.Should().ThrowAsync<AppendOnlyViolationException>();
        await using var check = fixture.NewScope();
        (await check.ServiceProvider.GetRequiredService<PartyScoringDbContext>().LedgerLines.SingleAsync(l => l.Id == line.Id))
            .Points.Should().Be(original);
    }

    [Fact]
    public async Task ConfirmedLineCannotBeDeleted()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var line = await db.LedgerLines.FirstAsync(l => l.State == LedgerLineState.Confirmed);
        db.LedgerLines.Remove(line);

        var save = () => db.SaveChangesAsync();

        await save.Should().ThrowAsync<AppendOnlyViolationException>();
    }

    [Fact]
    public async Task ReversingLineIsAppendedAndCancelsTheOriginal()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var line = await db.LedgerLines.FirstAsync(l => l.State == LedgerLineState.Confirmed && l.Kind == Domain.Schemes.ItemKind.Bonus);
        var memberTotalBefore = await SumAsync(db, line.MemberId, line.Year);

        db.LedgerLines.Add(line.Reverse("异议成立，更正", "secretary1", DateTimeOffset.UtcNow, line.Quarter));
        await db.SaveChangesAsync();

        (await SumAsync(db, line.MemberId, line.Year)).Should().Be(memberTotalBefore - line.Points);
        (await db.LedgerLines.CountAsync(l => l.ReversesLineId == line.Id)).Should().Be(1);
    }

    [Fact]
    public async Task TwoCorrectionsOfTheSameLineCannotBothBeStored()
    {
        await using var first = fixture.NewScope();
        await using var second = fixture.NewScope();
        var dbA = first.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var dbB = second.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var id = await dbA.LedgerLines.Where(l => l.State == LedgerLineState.Confirmed && l.ReversesLineId == null && l.Kind == Domain.Schemes.ItemKind.Deduction)
            .OrderByDescending(l => l.Id).Select(l => l.Id).FirstAsync();
        var lineA = await dbA.LedgerLines.SingleAsync(l => l.Id == id);
        var lineB = await dbB.LedgerLines.SingleAsync(l => l.Id == id);

        dbA.LedgerLines.Add(lineA.Reverse("书记更正", "secretary1", DateTimeOffset.UtcNow, lineA.Quarter));
        await dbA.SaveChangesAsync();
        dbB.LedgerLines.Add(lineB.Reverse("党建办更正", "office", DateTimeOffset.UtcNow, lineB.Quarter));

        await FluentActions.Awaiting(() => dbB.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
        await using var check = fixture.NewScope();
        (await check.ServiceProvider.GetRequiredService<PartyScoringDbContext>().LedgerLines.CountAsync(l => l.ReversesLineId == id)).Should().Be(1);
    }

    [Fact]
    public async Task DraftLineCanStillBeChanged()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var line = await db.LedgerLines.FirstAsync(l => l.State == LedgerLineState.Draft && l.Kind == Domain.Schemes.ItemKind.Duty);
        var item = await db.SchemeItems.SingleAsync(i => i.Id == line.SchemeItemId);

        line.ChangeDraft(item.MinPoints, "更正草稿：履行岗位职责", item);
        await db.SaveChangesAsync();

        await using var check = fixture.NewScope();
        var reloaded = await check.ServiceProvider.GetRequiredService<PartyScoringDbContext>().LedgerLines.SingleAsync(l => l.Id == line.Id);
        reloaded.Points.Should().Be(item.MinPoints);
        reloaded.Description.Should().Be("更正草稿：履行岗位职责");
    }

    // Summed in memory: SQLite cannot SUM decimals in SQL, and the product sums through the domain anyway.
    private static async Task<decimal> SumAsync(PartyScoringDbContext db, int memberId, int year) =>
        (await db.LedgerLines.Where(l => l.MemberId == memberId && l.Year == year && l.State == LedgerLineState.Confirmed)
            .Select(l => l.Points).ToListAsync()).Sum();
}

public sealed class SqliteLedgerPersistenceTests(SqliteFixture f) : LedgerPersistenceTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlLedgerPersistenceTests(PostgreSqlFixture f) : LedgerPersistenceTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
