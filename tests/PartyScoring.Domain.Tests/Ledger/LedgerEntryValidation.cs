using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Ledger;

/// <summary>SPEC 3–4: each entry is checked against its item: fixed points, ranges, one decimal place, quarters 1–4.</summary>
public class LedgerEntryValidation
{
    private readonly LineFactory _lines = new(TestSchemes.Township000());

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void RejectsAnyOtherAmountForAFixedItem(int amount)
    {
        // Seed 000 一(三): 突出奉献 … 加2分 — nothing else.
        var act = () => _lines.Draft(memberId: 1, "B01", amount);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.points.fixed");
    }

    [Fact]
    public void RejectsMoreThanOneDecimalPlace()
    {
        // SPEC 3: points have one decimal place (0.5 steps occur); 2.25 does not.
        var act = () => _lines.Draft(memberId: 1, "K02", 2.25m);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.points.scale");
    }

    [Fact]
    public void AcceptsHalfPoints()
    {
        _lines.Draft(memberId: 1, "K01", 0.5m).Points.Should().Be(-0.5m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void RejectsAQuarterOutsideOneToFour(int quarter)
    {
        // SPEC 5: 一季一打分.
        var act = () => _lines.Draft(memberId: 1, "B01", 2, quarter);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.quarter");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void AcceptsTheFirstAndLastQuarter(int quarter)
    {
        _lines.Draft(memberId: 1, "B01", 2, quarter).Quarter.Should().Be(quarter);
    }

    [Fact]
    public void StoresADeductionAsANegativeLineOfTheTypedAmount()
    {
        // Seed 000 一(四) 实行反向扣分: the clerk types 3, the line counts −3.
        var line = _lines.Draft(memberId: 1, "K02", 3);

        line.Points.Should().Be(-3);
        line.Amount.Should().Be(3);
    }

    [Fact]
    public void PutsAMemberDeclarationInTheClerksPendingList()
    {
        // SPEC 5: declarations (申报) enter the sheet as pending lines.
        _lines.Draft(memberId: 1, "B01", 2, source: LedgerSource.MemberDeclaration).State.Should().Be(LedgerLineState.Pending);
    }

    [Fact]
    public void RequiresADescription()
    {
        var scheme = TestSchemes.Township000();

        var act = () => LedgerLine.Enter(1, 10, 2025, 1, scheme.Item("B01"), 2, " ", LedgerSource.ClerkEntry, "clerk", LineFactory.At);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.description");
    }

    [Fact]
    public void KeepsTheScoringBranchOnTheLine()
    {
        // SPEC 2: each quarter's points belong to the branch that scored them, even if the member later moves.
        var line = new LineFactory(TestSchemes.Township000(), branchId: 33).Draft(memberId: 1, "B01", 2);

        line.BranchId.Should().Be(33);
    }
}
