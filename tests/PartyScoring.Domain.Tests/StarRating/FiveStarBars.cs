using PartyScoring.Domain.StarRating;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>基础项得分低于80分或出现上述减分项的，原则上不得评定为五星级 — and the page says which rule applied.</summary>
public class FiveStarBars
{
    private readonly RatingStandard _standard = RatingBuilder.Standard();

    [Fact]
    public void ABranchWithABaseOfEightyAndNoDeductionGetsFiveStars()
    {
        // (80 + 20) × 0.7 + 100 × 0.3 = 70 + 30 = 100
        var rating = RatingBuilder.Evaluated(_standard, 11, baseScore: 80, review: 100, bonus: 20);

        rating.Total.Should().Be(100);
        rating.Stars.Should().Be(5);
        rating.Cap.Should().Be(StarCap.None);
    }

    [Fact]
    public void ABaseBelowEightyStopsFiveStarsEvenAboveNinety()
    {
        // (79 + 20) × 0.7 + 100 × 0.3 = 69.3 + 30 = 99.3
        var rating = RatingBuilder.Evaluated(_standard, 11, baseScore: 79, review: 100, bonus: 20);

        rating.Total.Should().Be(99.3m);
        rating.BandStars.Should().Be(5);
        rating.Stars.Should().Be(4);
        rating.Cap.Should().Be(StarCap.BaseBelowBar);
    }

    [Fact]
    public void AnyDeductionStopsFiveStarsEvenAboveNinety()
    {
        // (100 + 20 − 20) × 0.7 + 100 × 0.3 = 70 + 30 = 100
        var rating = RatingBuilder.Evaluated(_standard, 11, baseScore: 100, review: 100, bonus: 20, deduction: 20);

        rating.Total.Should().Be(100);
        rating.Stars.Should().Be(4);
        rating.Cap.Should().Be(StarCap.Deduction);
    }

    [Fact]
    public void TheBarsDoNotTouchBranchesBelowNinety()
    {
        // (70 − 20) × 0.7 + 80 × 0.3 = 35 + 24 = 59
        var rating = RatingBuilder.Evaluated(_standard, 11, baseScore: 70, review: 80, deduction: 20);

        rating.Stars.Should().Be(1);
        rating.Cap.Should().Be(StarCap.None);
        StarRules.NeedsRectification(rating.Stars).Should().BeTrue();
    }
}
