using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed000;

/// <summary>Seed 000 一(三): 党员义工日 … 向党建办报送相关影视资料, 通过审核后可加2分每次.</summary>
public class VolunteerDayBonus
{
    private readonly LineFactory _lines = new(TestSchemes.Township000());

    [Fact]
    public void WaitsForOfficeReviewWhenTheClerkEntersIt()
    {
        var line = _lines.Draft(memberId: 1, "B04", 2);

        line.State.Should().Be(LedgerLineState.Pending);
        line.Counts.Should().BeFalse();
    }

    [Fact]
    public void CountsOnceTheOfficeApprovesIt()
    {
        var line = _lines.Draft(memberId: 1, "B04", 2);

        line.Confirm("township office", LineFactory.At);

        line.Counts.Should().BeTrue();
        line.Points.Should().Be(2);
    }

    [Fact]
    public void AddsTwoForEachApprovedVolunteerDay()
    {
        // 加2分每次: three approved days are +6.
        var points = new BranchYearBuilder(TestSchemes.Township000())
            .Member("Zhang", ("B04", 2), ("B04", 2), ("B04", 2))
            .Compute().Of("Zhang").Points;

        points.Bonus.Should().Be(6);
        points.Total.Should().Be(86);
    }

    [Fact]
    public void LetsOtherBonusesStartAsAnEditableDraft()
    {
        // Only the volunteer day is marked for office review; B01 goes through the branch's own sheet.
        _lines.Draft(memberId: 1, "B01", 2).State.Should().Be(LedgerLineState.Draft);
    }
}
