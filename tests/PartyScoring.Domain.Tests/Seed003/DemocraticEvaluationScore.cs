using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed003;

/// <summary>
/// Seed 003 二(二)③: (好得票数×w1 + 中得票数×w2 + 差得票数×w3) ÷ 测评人数, 一并记入党员积分.
/// The preset's weights are 好 10 / 中 5 / 差 0.
/// </summary>
public class DemocraticEvaluationScore
{
    [Fact]
    public void ScoresTwelveGoodThreeMediumOnePoorOfSixteenAsEightPointFour()
    {
        // (12×10 + 3×5 + 1×0) ÷ 16 = 8.4375 → 8.4.
        EvaluationVotes.Create(12, 3, 1, 16).Score(10, 5, 0).Should().Be(8.4m);
    }

    [Fact]
    public void RoundsAHalfAwayFromZero()
    {
        // (16×10 + 1×5) ÷ 20 = 8.25 → 8.3 (banker's rounding would give 8.2).
        EvaluationVotes.Create(16, 1, 0, 20).Score(10, 5, 0).Should().Be(8.3m);
    }

    [Fact]
    public void CountsBlankBallotsAsVotersButNotAsVotes()
    {
        // 10 好 of 16 voters, 6 blank: 100 ÷ 16 = 6.25 → 6.3.
        EvaluationVotes.Create(10, 0, 0, 16).Score(10, 5, 0).Should().Be(6.3m);
    }

    [Fact]
    public void AddsTheScoreToTheMembersTotal()
    {
        // 70 (共性任务 start full) + 5 + 8.4 = 83.4.
        var scheme = TestSchemes.County003();
        var result = new BranchYearBuilder(scheme)
            .Member("Sun", ("B01", 5))
            .Votes("Sun", 12, 3, 1, 16)
            .Compute();

        scheme.EvaluationMode.Should().Be(EvaluationMode.AddToTotal);
        result.Of("Sun").Points.EvaluationScore.Should().Be(8.4m);
        result.Of("Sun").Points.Total.Should().Be(83.4m);
        result.Of("Sun").Points.GradeScore.Should().Be(83.4m);
    }

    [Fact]
    public void LiftsAMemberIntoAHigherBandWhenAdded()
    {
        // 70 + 12 = 82 is 合格; with 8.4 from the vote, 90.4 is 优秀.
        var result = new BranchYearBuilder(TestSchemes.County003())
            .Member("Voted", ("B01", 5), ("B01", 5), ("B02", 2))
            .Member("NotVoted", ("B01", 5), ("B01", 5), ("B02", 2))
            .Votes("Voted", 12, 3, 1, 16)
            .Compute();

        result.Of("Voted").Grade.Should().Be(Grade.Excellent);
        result.Of("NotVoted").Grade.Should().Be(Grade.Qualified);
    }

    [Fact]
    public void LeavesTheTotalAloneWhenAMemberHasNoVotes()
    {
        // No 测评 recorded: 70 共性任务 start full, nothing added.
        var points = new BranchYearBuilder(TestSchemes.County003()).Member("Sun").Compute().Of("Sun").Points;

        points.EvaluationScore.Should().BeNull();
        points.Total.Should().Be(70);
    }

    [Fact]
    public void RecordsButDoesNotAddTheScoreWhenTheSchemeSaysNone()
    {
        // SPEC 3: the score is added "as the scheme says"; a township may switch seed 003's 一并记入 off.
        var result = new BranchYearBuilder(TestSchemes.County003(r => r with { EvaluationMode = EvaluationMode.None }))
            .Member("Sun")
            .Votes("Sun", 12, 3, 1, 16)
            .Compute();

        result.Of("Sun").Points.EvaluationScore.Should().Be(8.4m);
        result.Of("Sun").Points.Total.Should().Be(70);
    }

    [Fact]
    public void WeighsTheScoreIntoTheGradeButNotTheTotalWhenTheSchemeSaysSo()
    {
        // Weights 100/50/0 put the vote on the points' scale: 84.4 (rounded from 84.375);
        // grade score = 70 × 0.8 + 84.4 × 0.2 = 72.88 → 72.9.
        var scheme = TestSchemes.County003(r => r with
        {
            EvaluationMode = EvaluationMode.WeightedIntoGrade, EvaluationShare = 0.2m,
            GoodVoteWeight = 100, MediumVoteWeight = 50, PoorVoteWeight = 0,
        });
        var points = new BranchYearBuilder(scheme).Member("Sun").Votes("Sun", 12, 3, 1, 16).Compute().Of("Sun").Points;

        points.Total.Should().Be(70);
        points.GradeScore.Should().Be(72.9m);
    }
}
