using PartyScoring.Domain.Common;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>Seed 001 四: the weighted total, the bonus cap, the deduction minimum and the star bands.</summary>
public class TotalAndStars
{
    [Fact]
    public void WeighsTheBaseSideSeventyAndTheReviewThirty()
    {
        // (85 + 10 − 0) × 0.7 + 80 × 0.3 = 66.5 + 24 = 90.5
        StarRules.Total(85, 10, 0, 80, 0.70m).Should().Be(90.5m);
    }

    [Fact]
    public void AHigherBaseWeightShiftsTheTotalTowardsTheBaseSide()
    {
        // (90 + 0 − 0) × 0.8 + 50 × 0.2 = 72 + 10 = 82
        StarRules.Total(90, 0, 0, 50, 0.80m).Should().Be(82m);
    }

    [Fact]
    public void CountsBonusAboveTwentyAsTwenty()
    {
        // (70 + min(25, 20)) × 0.7 + 60 × 0.3 = 63 + 18 = 81
        StarRules.Total(70, 25, 0, 60, 0.7m).Should().Be(81m);
        StarRules.Total(70, 20, 0, 60, 0.7m).Should().Be(81m);
        StarRules.Total(70, 19, 0, 60, 0.7m).Should().Be(80.3m);
    }

    [Fact]
    public void SubtractsDeductionsOnTheBaseSide()
    {
        // (95 − 20) × 0.7 + 90 × 0.3 = 52.5 + 27 = 79.5
        StarRules.Total(95, 0, 20, 90, 0.7m).Should().Be(79.5m);
    }

    [Fact]
    public void RefusesAWeightBelowSeventyPercentInTheFormula()
    {
        var act = () => StarRules.Total(90, 0, 0, 90, 0.65m);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.weight");
    }

    [Theory]
    [InlineData(100, 5)]
    [InlineData(90, 5)]
    [InlineData(89.9, 4)]
    [InlineData(80, 4)]
    [InlineData(79.9, 3)]
    [InlineData(70, 3)]
    [InlineData(69.9, 2)]
    [InlineData(60, 2)]
    [InlineData(59.9, 1)]
    [InlineData(0, 1)]
    public void StarBandsStartExactlyAtNinetyEightySeventyAndSixty(decimal total, int stars)
    {
        StarRules.StarsFor(total).Should().Be(stars);
    }

    [Fact]
    public void ADeductionOfLessThanTwentyIsRefusedOnTheForm()
    {
        var standard = RatingBuilder.Standard();
        var k1 = standard.Items.Single(i => i.Code == "K1");

        RatingScore.Validate(k1, 19.9m).Should().Be("rating.deduction.minimum");
        RatingScore.Validate(k1, 20m).Should().BeNull();
        RatingScore.Validate(k1, 40m).Should().BeNull();
        RatingScore.Validate(k1, 0m).Should().BeNull();
    }

    [Fact]
    public void ABaseScoreAboveTheSubItemsMaximumIsRefused()
    {
        var standard = RatingBuilder.Standard();
        var a1 = standard.Items.Single(i => i.Code == "A1");

        RatingScore.Validate(a1, a1.Points + 0.1m).Should().Be("rating.score.range");
        RatingScore.Validate(a1, -1).Should().Be("rating.score.range");
        RatingScore.Validate(a1, 2.25m).Should().Be("rating.score.scale");
    }
}
