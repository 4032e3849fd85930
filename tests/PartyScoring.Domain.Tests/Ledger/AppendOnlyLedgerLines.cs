using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Ledger;

/// <summary>SPEC 4: lines are never edited or deleted after approval; until then the clerk may change a draft.</summary>
public class AppendOnlyLedgerLines
{
    private readonly LineFactory _lines = new(TestSchemes.Township000());

    [Fact]
    public void LetsTheClerkChangeADraft()
    {
        var line = _lines.Draft(memberId: 1, "K02", 3);

        line.ChangeDraft(5, "corrected amount", TestSchemes.Township000().Item("K02"));

        line.Points.Should().Be(-5);
        line.Description.Should().Be("corrected amount");
    }

    [Fact]
    public void RefusesToChangeAConfirmedLine()
    {
        var scheme = TestSchemes.Township000();
        var line = new LineFactory(scheme).Confirmed(memberId: 1, "K02", 3);

        var act = () => line.ChangeDraft(5, "after the meeting", scheme.Item("K02"));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.immutable");
        line.Points.Should().Be(-3);
    }

    [Fact]
    public void RefusesToChangeAPendingDeclaration()
    {
        // A member's declaration (申报) is accepted or refused, not rewritten by the clerk.
        var scheme = TestSchemes.Township000();
        var line = new LineFactory(scheme).Draft(memberId: 1, "B01", 2, source: LedgerSource.MemberDeclaration);

        var act = () => line.ChangeDraft(2, "rewritten", scheme.Item("B01"));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.immutable");
    }

    [Fact]
    public void ChecksTheNewAmountOfAChangedDraft()
    {
        var scheme = TestSchemes.Township000();
        var line = new LineFactory(scheme).Draft(memberId: 1, "K02", 3);

        var act = () => line.ChangeDraft(11, "too much", scheme.Item("K02"));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.points.range");
    }

    [Fact]
    public void LeavesADraftUnchangedWhenTheChangeIsRefused()
    {
        var scheme = TestSchemes.Township000();
        var line = new LineFactory(scheme).Draft(memberId: 1, "K02", 3);

        var act = () => line.ChangeDraft(5, " ", scheme.Item("K02"));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.description");
        line.Points.Should().Be(-3);
    }

    [Fact]
    public void RefusesToConfirmALineTwice()
    {
        var line = _lines.Confirmed(memberId: 1, "B01", 2);

        var act = () => line.Confirm("someone else", LineFactory.At);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.state");
    }

    [Fact]
    public void KeepsARefusedLineWithItsReasonButDoesNotCountIt()
    {
        var line = _lines.Draft(memberId: 1, "B04", 2);

        line.Refuse("township office", LineFactory.At, "no photo evidence");

        line.State.Should().Be(LedgerLineState.Refused);
        line.Counts.Should().BeFalse();
        line.DecisionReason.Should().Be("no photo evidence");
        ((Action)(() => line.Confirm("office", LineFactory.At))).Should().Throw<DomainException>()
            .Which.Code.Should().Be("ledger.state");
    }

    [Fact]
    public void RequiresAReasonToRefuse()
    {
        var line = _lines.Draft(memberId: 1, "B04", 2);

        var act = () => line.Refuse("township office", LineFactory.At, "  ");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.reason");
        line.State.Should().Be(LedgerLineState.Pending);
    }
}
