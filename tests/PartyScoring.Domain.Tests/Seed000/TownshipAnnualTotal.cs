using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed000;

/// <summary>Seed 000 一(…): 年度积分 = 基础分 + 合计履职分 + 加分项得分 − 合计扣分, base 80 start full, duty 20.</summary>
public class TownshipAnnualTotal
{
    private readonly BranchYearBuilder _branch = new(TestSchemes.Township000());

    [Fact]
    public void AddsBaseDutyAndBonusesAndSubtractsDeductionsToReach103()
    {
        // Seed 000: 80 + 20 + 2 + 4 − 3 = 103.
        var points = _branch.Member("Zhang",
                ("D01", 5), ("D01", 5), ("D01", 5), ("D01", 5),
                ("B01", 2), ("B02", 4), ("K02", 3))
            .Compute().Of("Zhang").Points;

        points.Base.Should().Be(80);
        points.Duty.Should().Be(20);
        points.Bonus.Should().Be(6);
        points.Deductions.Should().Be(3);
        points.Total.Should().Be(103);
    }

    [Fact]
    public void StartsEveryMemberAtTheFullBaseOfEighty()
    {
        // Seed 000 一(一): 党员年度积分以基础分满分作为初始积分.
        _branch.Member("Li").Compute().Of("Li").Points.Total.Should().Be(80);
    }

    [Fact]
    public void CountsDutyAboveTheTownshipCapAsTwentyWithANote()
    {
        // Seed 000 一(二): 各支部每年度履职分为20分 — 25 entered, 20 counted.
        var points = _branch.Member("Zhang",
                ("D01", 5), ("D01", 5), ("D01", 5), ("D02", 5), ("D02", 5))
            .Compute().Of("Zhang").Points;

        points.Duty.Should().Be(20);
        points.Total.Should().Be(100);
        points.Notes.Should().ContainSingle(n => n.Kind == ComputationNoteKind.DutyCapReached);
    }

    [Fact]
    public void LeavesNoCapNoteWhenDutyIsExactlyTwenty()
    {
        // Seed 000 一(二): the cap is reached, not exceeded.
        var points = _branch.Member("Zhang", ("D01", 5), ("D01", 5), ("D02", 5), ("D02", 5))
            .Compute().Of("Zhang").Points;

        points.Duty.Should().Be(20);
        points.Notes.Should().BeEmpty();
    }

    [Fact]
    public void AddsTheProvincialCommendationAsEight()
    {
        // Seed 000 一(三): 在省、州授予表彰的 … 加8分.
        _branch.Member("Zhang", ("B03", 8)).Compute().Of("Zhang").Points.Total.Should().Be(88);
    }
}
