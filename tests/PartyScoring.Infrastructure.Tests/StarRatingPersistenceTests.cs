using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>Issue 6: the rating standard, a rating with its scores and steps, and the points-management evidence, on a real database.</summary>
public abstract class StarRatingPersistenceTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    private static readonly DateTimeOffset At = new(2026, 12, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheDemoTownshipHasTheSeed001StandardForThisYear()
    {
        await using var db = fixture.NewContext();
        var standard = await db.RatingStandards.Include(s => s.Items).SingleAsync();

        standard.Year.Should().Be(DateTime.Now.Year);
        standard.ItemsOf(RatingItemKind.Base).Sum(i => i.Points).Should().Be(100);
        standard.BaseWeight.Should().Be(0.70m);
        standard.FiveStarQuota.Should().Be(0.30m);
        // This class only ever rates the last branch; the others show that nothing was seeded.
        var first = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        (await db.BranchRatings.AnyAsync(r => r.BranchId == first)).Should().BeFalse("ratings are made through the flow, not seeded");
    }

    [Fact]
    public async Task ARatingKeepsItsScoresStepsAndResultAcrossContexts()
    {
        int branchId;
        await using (var db = fixture.NewContext())
        {
            var standard = await db.RatingStandards.Include(s => s.Items).SingleAsync();
            branchId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Select(o => o.Id).LastAsync();
            var rating = new BranchRating(standard, branchId);
            var inputs = standard.Items.ToDictionary(i => i.Id,
                i => new ScoreInput(i.Kind == RatingItemKind.Base ? i.Points : i.Code == "J1" ? 10 : 0, "自查情况", i.Code == "A1" ? "学习记录" : null));
            rating.SelfEvaluate(standard, inputs, "secretary4", At);
            db.BranchRatings.Add(rating);
            await db.SaveChangesAsync();
            var a1 = standard.Items.Single(i => i.Code == "A1").Id;
            rating.EvaluateByTownship(standard, new Dictionary<int, ScoreInput> { [a1] = new(6, "学习记录不全") }, 90, "office", At.AddDays(1));
            await db.SaveChangesAsync();
        }

        await using var again = fixture.NewContext();
        var saved = await again.BranchRatings.SingleAsync(r => r.BranchId == branchId);
        saved.Scores.Should().HaveCount(RatingPresets.Seed001Items.Count);
        saved.Scores.Should().ContainSingle(s => s.ChangeReason == "学习记录不全").Which.SelfPoints.Should().Be(8);
        saved.Scores.Should().ContainSingle(s => s.Evidence == "学习记录");
        saved.Steps.Select(s => s.Stage).Should().Equal(RatingStage.TownshipEvaluation, RatingStage.Evaluated);
        // (98 + 10) × 0.7 + 90 × 0.3 = 75.6 + 27 = 102.6
        saved.Total.Should().Be(102.6m);
        saved.Stars.Should().Be(5);
        (await again.AuditEntries.AnyAsync(a => a.Entity == nameof(BranchRating))).Should().BeTrue();
    }

    [Fact]
    public async Task PointsManagementEvidenceCountsPastQuartersWithConfirmedLines()
    {
        await using var scope = fixture.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
        var evidence = scope.ServiceProvider.GetRequiredService<IPointsManagementEvidence>();
        var branchId = await db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var year = DateTime.Now.Year;

        var lastYear = await evidence.ForBranchAsync(branchId, year - 1, new DateOnly(year, 1, 10));
        var beforeAnyConfirmedLine = await evidence.ForBranchAsync(branchId, year - 5, new DateOnly(year, 1, 10));
        var earlyThisYear = await evidence.ForBranchAsync(branchId, year, new DateOnly(year, 2, 1));

        lastYear.Should().HaveCount(4).And.OnlyContain(q => q.Done);
        beforeAnyConfirmedLine.Should().HaveCount(4).And.OnlyContain(q => !q.Done);
        earlyThisYear.Should().BeEmpty("no quarter has ended yet");
    }
}

public sealed class SqliteStarRatingPersistenceTests(SqliteFixture fixture) : StarRatingPersistenceTests<SqliteFixture>(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlStarRatingPersistenceTests(PostgreSqlFixture fixture) : StarRatingPersistenceTests<PostgreSqlFixture>(fixture), IClassFixture<PostgreSqlFixture>;
