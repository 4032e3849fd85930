using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>Seed 000 实行反向扣分: nothing floors the total, so deductions beyond the base go below zero.</summary>
public class NegativeTotals
{
    private static (string, decimal)[] DeductionsOfNinetyFive() =>
        [.. Enumerable.Repeat(("K02", 10m), 9), ("K01", 5m)];

    [Fact]
    public void GoBelowZeroWhenDeductionsExceedTheFullBase()
    {
        // 80 − 95 = −15.
        var points = new BranchYearBuilder(TestSchemes.Township000())
            .Member("Zheng", DeductionsOfNinetyFive())
            .Compute().Of("Zheng").Points;

        points.Deductions.Should().Be(95);
        points.Total.Should().Be(-15);
    }

    [Fact]
    public void AreGradedUnqualifiedWithoutAnError()
    {
        var act = () => new BranchYearBuilder(TestSchemes.Township000()).Member("Zheng", DeductionsOfNinetyFive()).Compute();

        act.Should().NotThrow().Which.Of("Zheng").Grade.Should().Be(Grade.Unqualified);
    }

    [Fact]
    public void RankBelowATotalOfZero()
    {
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .Member("Zheng", DeductionsOfNinetyFive())
            .Member("Feng", [.. Enumerable.Repeat(("K02", 10m), 8)])
            .Compute();

        result.Of("Feng").Points.Total.Should().Be(0);
        result.Of("Feng").Rank.Should().Be(1);
        result.Of("Zheng").Rank.Should().Be(2);
    }
}
