using PartyScoring.Domain.Common;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>Seed 001 五: self-evaluation → township evaluation → notice → recommendation → county review → naming.</summary>
public class RatingFlow
{
    private readonly RatingStandard _standard = RatingBuilder.Standard();

    [Fact]
    public void SelfEvaluationNeedsANoteForEveryBaseSubItem()
    {
        var rating = new BranchRating(_standard, 11);
        var inputs = RatingBuilder.Inputs(_standard, 90);
        var a2 = _standard.Items.Single(i => i.Code == "A2").Id;
        inputs[a2] = inputs[a2] with { Text = " " };

        var act = () => rating.SelfEvaluate(_standard, inputs, "secretary1", RatingBuilder.At);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.score.note");
        rating.Stage.Should().Be(RatingStage.SelfEvaluation);
        rating.Steps.Should().BeEmpty();
    }

    [Fact]
    public void TheTownshipChangesAScoreOnlyWithAReason()
    {
        var rating = new BranchRating(_standard, 11);
        rating.SelfEvaluate(_standard, RatingBuilder.Inputs(_standard, 100), "secretary1", RatingBuilder.At);
        var a1 = _standard.Items.Single(i => i.Code == "A1");

        var noReason = () => rating.EvaluateByTownship(_standard, new Dictionary<int, ScoreInput> { [a1.Id] = new(5, "") }, 90, "office", RatingBuilder.At);
        noReason.Should().Throw<DomainException>().Which.Code.Should().Be("rating.score.reason");

        rating.EvaluateByTownship(_standard, new Dictionary<int, ScoreInput> { [a1.Id] = new(5, "学习记录不全") }, 90, "office", RatingBuilder.At);

        rating.BaseScore.Should().Be(97);
        rating.Scores.Single(s => s.ItemId == a1.Id).SelfPoints.Should().Be(a1.Points);
        rating.Total.Should().Be(94.9m); // 97 × 0.7 + 90 × 0.3 = 67.9 + 27
        rating.Stage.Should().Be(RatingStage.Evaluated);
    }

    [Fact]
    public void ThePublicNoticeWaitsForEveryBranchOfTheTownship()
    {
        var ratings = new[] { RatingBuilder.Evaluated(_standard, 1, 90, 90) };

        var act = () => TownshipRound.PublishNotice(_standard, ratings, 4, "office", RatingBuilder.At);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.notice.incomplete");
    }

    [Fact]
    public void RunsATownshipFromSelfEvaluationToNamingWithEveryStepRecorded()
    {
        var five = RatingBuilder.Evaluated(_standard, 1, 98, 95);   // 68.6 + 28.5 = 97.1
        var alsoFive = RatingBuilder.Evaluated(_standard, 2, 95, 90); // 66.5 + 27 = 93.5, outside 30 % of 4 = 1 place
        var three = RatingBuilder.Evaluated(_standard, 3, 80, 60);   // 56 + 18 = 74
        var two = RatingBuilder.Evaluated(_standard, 4, 70, 60);     // 49 + 18 = 67
        var all = new[] { five, alsoFive, three, two };

        TownshipRound.PublishNotice(_standard, all, 4, "office", RatingBuilder.At);
        alsoFive.Stars.Should().Be(4);
        alsoFive.Cap.Should().Be(StarCap.Quota);
        alsoFive.Stage.Should().Be(RatingStage.Fixed);
        five.Stage.Should().Be(RatingStage.FiveStarCandidate);
        two.Stars.Should().Be(2);
        new Rectification(two).Stars.Should().Be(2);

        var tooEarly = () => TownshipRound.Name(all, "office", RatingBuilder.At, null);
        tooEarly.Should().Throw<DomainException>().Which.Code.Should().Be("rating.naming.incomplete");

        TownshipRound.RecommendFiveStars(all, "office", RatingBuilder.At);
        five.ReviewByCounty(5, null, "county", RatingBuilder.At);
        TownshipRound.Name(all, "office", RatingBuilder.At, "报县委组织部备案");

        all.Should().OnlyContain(r => r.Stage == RatingStage.Named);
        five.Stars.Should().Be(5);
        five.Steps.Select(s => s.Stage).Should().Equal(RatingStage.TownshipEvaluation, RatingStage.Evaluated,
            RatingStage.FiveStarCandidate, RatingStage.AwaitingCounty, RatingStage.CountyReviewed, RatingStage.Named);
    }

    [Fact]
    public void TheCountyLowersFiveStarsOnlyWithAReason()
    {
        var five = RatingBuilder.Evaluated(_standard, 1, 98, 95);
        var others = Enumerable.Range(2, 3).Select(b => RatingBuilder.Evaluated(_standard, b, 80, 60));
        var all = others.Prepend(five).ToList();
        TownshipRound.PublishNotice(_standard, all, 4, "office", RatingBuilder.At);
        TownshipRound.RecommendFiveStars(all, "office", RatingBuilder.At);

        var noReason = () => five.ReviewByCounty(4, "", "county", RatingBuilder.At);
        noReason.Should().Throw<DomainException>().Which.Code.Should().Be("rating.county.reason");

        five.ReviewByCounty(4, "纪检监察机关反馈问题线索", "county", RatingBuilder.At);

        five.Stars.Should().Be(4);
        five.Cap.Should().Be(StarCap.CountyLowered);
        five.CountyReason.Should().Be("纪检监察机关反馈问题线索");
    }

    [Fact]
    public void ARectificationClosesOnlyWithMeasuresAndProgress()
    {
        var two = RatingBuilder.Evaluated(_standard, 4, 70, 60);
        var others = Enumerable.Range(1, 3).Select(b => RatingBuilder.Evaluated(_standard, b, 80, 60));
        TownshipRound.PublishNotice(_standard, others.Append(two).ToList(), 4, "office", RatingBuilder.At);
        var rectification = new Rectification(two);

        var early = () => rectification.Close("office", RatingBuilder.At);
        early.Should().Throw<DomainException>().Which.Code.Should().Be("rectification.close");

        rectification.Plan("调整充实支委班子，规范三会一课", "张书记", new DateOnly(2027, 6, 30));
        rectification.Report("已完成支委补选", "office", RatingBuilder.At);
        rectification.Close("office", RatingBuilder.At);

        rectification.IsClosed.Should().BeTrue();
    }
}
