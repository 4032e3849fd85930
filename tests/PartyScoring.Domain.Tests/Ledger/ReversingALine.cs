using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Ledger;

/// <summary>SPEC 4: a correction is a new reversing line with a reason; SPEC 5(6): an upheld objection writes one.</summary>
public class ReversingALine
{
    private readonly LineFactory _lines = new(TestSchemes.Township000());

    [Fact]
    public void ProducesAConfirmedCorrectionWithNegatedPoints()
    {
        var original = _lines.Confirmed(memberId: 7, "K02", 3, quarter: 2);

        var reversal = original.Reverse("objection upheld", "branch secretary", LineFactory.At, quarter: 3);

        reversal.State.Should().Be(LedgerLineState.Confirmed);
        reversal.Points.Should().Be(3);
        reversal.ReversesLineId.Should().Be(original.Id);
        reversal.Source.Should().Be(LedgerSource.Correction);
        reversal.Description.Should().Be("objection upheld");
    }

    [Fact]
    public void KeepsTheMemberBranchAndItemButTakesTheQuarterGiven()
    {
        var original = _lines.Confirmed(memberId: 7, "K02", 3, quarter: 2);

        var reversal = original.Reverse("objection upheld", "branch secretary", LineFactory.At, quarter: 3);

        (reversal.MemberId, reversal.BranchId, reversal.SchemeItemId, reversal.Kind, reversal.Quarter)
            .Should().Be((7, LineFactory.DefaultBranchId, original.SchemeItemId, original.Kind, 3));
    }

    [Fact]
    public void LeavesTheOriginalLineUntouched()
    {
        var original = _lines.Confirmed(memberId: 7, "K02", 3);

        original.Reverse("objection upheld", "branch secretary", LineFactory.At, quarter: 3);

        original.State.Should().Be(LedgerLineState.Confirmed);
        original.Points.Should().Be(-3);
    }

    [Fact]
    public void RefusesToReverseAReversal()
    {
        var reversal = _lines.Reversal(_lines.Confirmed(memberId: 7, "K02", 3));

        var act = () => reversal.Reverse("undo the undo", "branch secretary", LineFactory.At, quarter: 4);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.reverse.twice");
    }

    [Fact]
    public void RefusesToReverseALineThatNeverCounted()
    {
        var draft = _lines.Draft(memberId: 7, "K02", 3);

        var act = () => draft.Reverse("not needed", "branch secretary", LineFactory.At, quarter: 1);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.reverse.state");
    }

    [Fact]
    public void RequiresAReason()
    {
        var original = _lines.Confirmed(memberId: 7, "K02", 3);

        var act = () => original.Reverse("", "branch secretary", LineFactory.At, quarter: 1);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.reason");
    }

    [Fact]
    public void CancelsTheOriginalInTheMembersTotal()
    {
        // The total is always the sum of the lines: 80 − 3 + 3.
        var points = new BranchYearBuilder(TestSchemes.Township000())
            .Member("Chen", ("K02", 3), ("B01", 2))
            .Reverse("Chen", "K02")
            .Compute().Of("Chen").Points;

        points.Deductions.Should().Be(0);
        points.Total.Should().Be(82);
    }
}
