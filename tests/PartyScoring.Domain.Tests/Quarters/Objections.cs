using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;

namespace PartyScoring.Domain.Tests.Quarters;

/// <summary>SPEC 5(5): objections during the notice window, decided by the secretary or the office.</summary>
public class Objections
{
    private readonly SheetBuilder _build = new();
    private static readonly DateTimeOffset At = SheetBuilder.At;

    private (QuarterSheet Sheet, LedgerLine Line) Noticed()
    {
        var line = _build.Lines.Confirmed(7, "K02", 3);
        return (_build.InState(SheetState.PublicNotice), line);
    }

    [Fact]
    public void AMemberObjectsToTheirOwnLineDuringTheWindow()
    {
        var (sheet, line) = Noticed();

        var objection = Objection.Raise(sheet, line, 7, "当天请假已报备", "member", At.AddDays(1));

        (objection.State, objection.LedgerLineId, objection.IsOpen).Should().Be((ObjectionState.Open, line.Id, true));
    }

    [Fact]
    public void NoObjectionAfterTheWindowOrToSomeoneElsesLine()
    {
        var (sheet, line) = Noticed();

        FluentActions.Invoking(() => Objection.Raise(sheet, line, 7, "r", "m", sheet.NoticeClosesAt!.Value))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.window");
        FluentActions.Invoking(() => Objection.Raise(sheet, line, 8, "r", "m", At))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.own");
        FluentActions.Invoking(() => Objection.Raise(_build.InState(SheetState.Submitted), line, 7, "r", "m", At))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.window");
    }

    [Fact]
    public void UpholdingWritesTheReversingLine()
    {
        var (sheet, line) = Noticed();
        var objection = Objection.Raise(sheet, line, 7, "当天请假已报备", "member", At);

        var correction = objection.Uphold(SheetActor.Secretary, line, "secretary", At, "核实属实");

        objection.State.Should().Be(ObjectionState.Upheld);
        (correction.Points, correction.ReversesLineId, correction.State).Should().Be((3m, line.Id, LedgerLineState.Confirmed));
    }

    [Fact]
    public void RejectingNeedsAWrittenReason()
    {
        var (sheet, line) = Noticed();
        var objection = Objection.Raise(sheet, line, 7, "r", "member", At);

        FluentActions.Invoking(() => objection.Reject(SheetActor.Secretary, "s", At, " "))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.decision");
        objection.Reject(SheetActor.Secretary, "s", At, "考勤记录无请假");

        (objection.State, objection.Decision).Should().Be((ObjectionState.Rejected, "考勤记录无请假"));
    }

    [Fact]
    public void AnEscalatedObjectionIsDecidedByTheOfficeNotTheSecretary()
    {
        var (sheet, line) = Noticed();
        var objection = Objection.Raise(sheet, line, 7, "r", "member", At);
        objection.Escalate(SheetActor.Secretary, "s", At, null);

        FluentActions.Invoking(() => objection.Reject(SheetActor.Secretary, "s", At, "no"))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.forbidden");
        objection.Reject(SheetActor.TownshipOffice, "office", At, "维持原分");
        objection.IsOpen.Should().BeFalse();
        FluentActions.Invoking(() => objection.Reject(SheetActor.TownshipOffice, "office", At, "again"))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.state");
    }

    [Fact]
    public void AClerkCannotDecideAnObjection()
    {
        var (sheet, line) = Noticed();
        var objection = Objection.Raise(sheet, line, 7, "r", "member", At);

        FluentActions.Invoking(() => objection.Uphold(SheetActor.Clerk, line, "clerk", At, "ok"))
            .Should().Throw<DomainException>().Which.Code.Should().Be("objection.forbidden");
        line.State.Should().Be(LedgerLineState.Confirmed);
    }
}
