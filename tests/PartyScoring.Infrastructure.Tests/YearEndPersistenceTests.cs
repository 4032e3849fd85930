using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.Tests.Support;
using PartyScoring.Infrastructure.YearEnd;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>Year-end registers, talks and handling records on a real database of each provider.</summary>
public abstract class YearEndPersistenceTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    private static int Year => DateTime.Now.Year;

    [Fact]
    public async Task TheDemoArchivedLastYearForEveryBranchWithTheEnginesTotalsAndLeftThisYearInDraft()
    {
        await using var scope = fixture.NewScope();
        var data = await fixture.ScopedAsAsync(scope, "office");
        var registers = await data.Db.YearEndRegisters.Include(r => r.Entries).Include(r => r.Transitions).AsSplitQuery().ToListAsync();
        var branches = await data.Db.Organisations.CountAsync(o => o.Kind == Domain.Organisations.OrganisationKind.Branch);

        registers.Where(r => r.Year == Year - 1).Should().HaveCount(branches).And.OnlyContain(r => r.State == YearEndState.Archived);
        registers.Where(r => r.Year == Year).Should().HaveCount(branches).And.OnlyContain(r => r.State == YearEndState.Draft && r.Entries.Count == 0);
        var first = registers.Where(r => r.Year == Year - 1).OrderBy(r => r.BranchId).First();
        var engine = await new YearPointsService(data).ForBranchAsync(first.BranchId, Year - 1);
        first.Entries.Select(e => (e.MemberId, e.Total, e.Grade)).Should()
            .BeEquivalentTo(engine!.Everyone.Select(r => (r.Member.Id, r.Points.Total, r.Grade)));
        first.SchemeId.Should().Be(engine.Scheme.Id);
        first.Transitions.OrderBy(t => t.Id).Select(t => t.Action).Should().Equal(YearEndAction.OpenNotice, YearEndAction.Submit, YearEndAction.Approve, YearEndAction.Archive);
    }

    [Fact]
    public async Task VotesAndTheNoticeSnapshotAreStoredAndAnotherBranchCannotReachTheRegister()
    {
        int id;
        await using (var scope = fixture.NewScope())
        {
            var evaluator = await fixture.ScopedAsAsync(scope, "evaluator1");
            var register = await Service(evaluator).FindOrStartAsync(evaluator.Scope!.OrganisationId, Year + 1);
            id = register!.Id;
            var member = await evaluator.Members.Where(m => m.BranchId == register.BranchId).Select(m => m.Id).FirstAsync();
            (await Service(evaluator).RecordVotesAsync(id, register.ConcurrencyStamp, [new VoteInput(member, "12", "3", "2", "16")], [SheetActor.EvaluationGroup]))
                .Kind.Should().Be(ResultKind.Invalid);
            (await Service(evaluator).RecordVotesAsync(id, register.ConcurrencyStamp, [new VoteInput(member, "12", "3", "1", "16")], [SheetActor.EvaluationGroup]))
                .Kind.Should().Be(ResultKind.Ok);
        }
        await using (var scope = fixture.NewScope())
        {
            var other = await fixture.ScopedAsAsync(scope, "secretary2");
            (await Service(other).FindAsync(id)).Should().BeNull();
            (await Service(other).TransitionAsync(id, YearEndAction.OpenNotice, Guid.Empty, null, [SheetActor.Secretary], "secretary2"))
                .Should().Be(ServiceResult.NotFound);
        }
        await using (var scope = fixture.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            var stored = await db.YearEndRegisters.Include(r => r.Votes).SingleAsync(r => r.Id == id);
            stored.Votes.Should().ContainSingle().Which.Should().Match<YearEndVote>(v => v.Good == 12 && v.Poor == 1 && v.Voters == 16);
            db.YearEndRegisters.Add(new YearEndRegister(stored.BranchId, stored.Year));
            var duplicate = () => db.SaveChangesAsync();
            await duplicate.Should().ThrowAsync<DbUpdateException>("one register per branch and year");
        }
    }

    [Fact]
    public async Task AHandlingRecordKeepsItsStepsAndIsOverdueAfterTheRectificationDeadline()
    {
        int handlingId;
        var today = DateOnly.FromDateTime(DateTime.Now);
        await using (var scope = fixture.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            var member = await db.Members.OrderBy(m => m.Id).FirstAsync();
            var handling = new UnqualifiedHandling(member.Id, member.BranchId, Year - 3);
            handling.Record(HandlingStepKind.Talk, today.AddDays(-20), "谈心谈话", null, "secretary1", today);
            handling.Record(HandlingStepKind.Rectification, today.AddDays(-19), "限期改正", today.AddDays(-1), "secretary1", today);
            db.UnqualifiedHandlings.Add(handling);
            db.HalfYearTalks.Add(new HalfYearTalk(member.Id, member.BranchId, Year - 3, new DateOnly(Year - 3, 7, 5), "书记", "提醒", null, today));
            await db.SaveChangesAsync();
            handlingId = handling.Id;
        }
        await using (var scope = fixture.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            var stored = await db.UnqualifiedHandlings.Include(h => h.Steps).SingleAsync(h => h.Id == handlingId);
            stored.Steps.Select(s => s.Kind).Should().Equal(HandlingStepKind.Talk, HandlingStepKind.Rectification);
            stored.OpenDeadline.Should().Be(today.AddDays(-1));
            stored.IsOverdue(today).Should().BeTrue();
            (await db.HalfYearTalks.CountAsync(t => t.Year == Year - 3)).Should().Be(1);
        }
    }

    private static YearEndService Service(Scoping.ScopedData data) => new(data, new YearPointsService(data), TimeProvider.System);
}

public sealed class SqliteYearEndPersistenceTests(SqliteFixture f) : YearEndPersistenceTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlYearEndPersistenceTests(PostgreSqlFixture f) : YearEndPersistenceTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
