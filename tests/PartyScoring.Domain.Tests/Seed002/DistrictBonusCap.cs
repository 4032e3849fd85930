using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed002;

/// <summary>Seed 002 实行百分制: the preset starts at 80 and lets contribution points (贡献加分) add at most 20 a year.</summary>
public class DistrictBonusCap
{
    [Fact]
    public void CountsBonusesAboveTwentyAsTwentyWithANote()
    {
        // 10 + 10 + 5 = 25 entered; 80 + 20 = 100, the top of seed 002's 百分制.
        var points = new BranchYearBuilder(TestSchemes.District002())
            .Member("Qian", ("B01", 10), ("B01", 10), ("B02", 5))
            .Compute().Of("Qian").Points;

        points.Bonus.Should().Be(20);
        points.Total.Should().Be(100);
        points.Notes.Should().ContainSingle(n => n.Kind == ComputationNoteKind.BonusCapReached);
    }

    [Fact]
    public void LeavesNoNoteWhenBonusesAreExactlyTwenty()
    {
        // 10 + 5 + 5 = 20: the cap is reached, not exceeded.
        var points = new BranchYearBuilder(TestSchemes.District002())
            .Member("Qian", ("B01", 10), ("B02", 5), ("B02", 5))
            .Compute().Of("Qian").Points;

        points.Bonus.Should().Be(20);
        points.Notes.Should().BeEmpty();
    }

    [Fact]
    public void CapsTheBonusComponentSoDeductionsStillCount()
    {
        // 80 + min(25, 20) − 4 = 96: deductions are not absorbed by bonus points above the cap.
        var points = new BranchYearBuilder(TestSchemes.District002())
            .Member("Qian", ("B01", 10), ("B01", 10), ("B02", 5), ("K02", 4))
            .Compute().Of("Qian").Points;

        points.Total.Should().Be(96);
    }
}
