using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>SPEC 9 "Nothing lost": optimistic concurrency on shared records, and an audit line for every change.</summary>
public abstract class ConcurrencyAndAuditTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    [Fact]
    public async Task SecondEditorOfAStaleMemberGetsAConflictAndTheFirstEditStands()
    {
        await using var clerkA = fixture.NewScope();
        await using var clerkB = fixture.NewScope();
        var dbA = clerkA.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var dbB = clerkB.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var id = await dbA.Members.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var memberA = await dbA.Members.SingleAsync(m => m.Id == id);
        var memberB = await dbB.Members.SingleAsync(m => m.Id == id);

        memberA.SetPhone("13800000001");
        await dbA.SaveChangesAsync();
        memberB.SetPhone("13800000002");
        var staleSave = () => dbB.SaveChangesAsync();

        await staleSave.Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var check = fixture.NewScope();
        (await check.ServiceProvider.GetRequiredService<PartyScoringDbContext>().Members.SingleAsync(m => m.Id == id))
            .Phone.Should().Be("13800000001");
    }

    [Fact]
    public async Task EveryChangeWritesAnAuditLineWithoutPersonalValues()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var member = await db.Members.OrderByDescending(m => m.Id).FirstAsync();
        member.SetPhone("13912345678");
        await db.SaveChangesAsync();

        var audit = await db.AuditEntries.Where(a => a.Entity == "Member" && a.EntityKey == member.Id.ToString())
            .OrderByDescending(a => a.Id).FirstAsync();
        audit.Action.Should().Be("Modified");
        audit.Fields.Should().Contain("Phone");
        audit.Fields.Should().NotContain("13912345678");
        audit.Actor.Should().Be("system");
    }

    [Fact]
    public async Task AuditLogCannotBeEditedOrDeleted()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var entry = await db.AuditEntries.FirstAsync();
        entry.Actor = "someone else";
        (await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<AppendOnlyViolationException>()).Which
            .Message.Should().Contain("audit");

        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<AppendOnlyViolationException>();
    }
}

public sealed class SqliteConcurrencyAndAuditTests(SqliteFixture f) : ConcurrencyAndAuditTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlConcurrencyAndAuditTests(PostgreSqlFixture f) : ConcurrencyAndAuditTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
