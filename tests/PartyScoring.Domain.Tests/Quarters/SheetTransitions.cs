using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Tests.Quarters;

/// <summary>SPEC 5: the quarter sheet's states, who may move each step, and what each step records.</summary>
public class SheetTransitions
{
    private readonly SheetBuilder _build = new();
    private static readonly DateTimeOffset At = SheetBuilder.At;

    [Fact]
    public void AFullCycleRecordsEveryStepWithWhoWhenAndComment()
    {
        var sheet = _build.InState(SheetState.Submitted);
        sheet.Return(SheetActor.TownshipOffice, "office", At, "第3行扣分依据不足");
        sheet.SendToReview(SheetActor.Clerk, "clerk", At);
        sheet.AcceptReview(SheetActor.EvaluationGroup, "group", At, "无异议");
        sheet.ConfirmMeeting(SheetActor.Secretary, "secretary", At, DateOnly.FromDateTime(At.Date), 10, 15, null);
        sheet.Submit(SheetActor.Secretary, "secretary", At);
        sheet.Approve(SheetActor.TownshipOffice, "office", At, null, [], _build.Lines.Scheme);

        sheet.State.Should().Be(SheetState.PublicNotice);
        sheet.Transitions.Select(t => t.Action).Should().Equal(
            SheetAction.SendToReview, SheetAction.AcceptReview, SheetAction.ConfirmMeeting, SheetAction.Submit, SheetAction.Return,
            SheetAction.SendToReview, SheetAction.AcceptReview, SheetAction.ConfirmMeeting, SheetAction.Submit,
            SheetAction.Approve, SheetAction.OpenNotice);
        var returned = sheet.Transitions.Single(t => t.Action == SheetAction.Return);
        (returned.By, returned.From, returned.To, returned.Comment).Should().Be(("office", SheetState.Submitted, SheetState.Draft, "第3行扣分依据不足"));
        sheet.Transitions.Last().By.Should().Be("system");
    }

    [Theory]
    [InlineData(SheetActor.Clerk, SheetAction.SendToReview, true)]
    [InlineData(SheetActor.Secretary, SheetAction.SendToReview, true)]
    [InlineData(SheetActor.EvaluationGroup, SheetAction.SendToReview, false)]
    [InlineData(SheetActor.EvaluationGroup, SheetAction.AcceptReview, true)]
    [InlineData(SheetActor.Clerk, SheetAction.AcceptReview, false)]
    [InlineData(SheetActor.Secretary, SheetAction.SendBack, false)]
    [InlineData(SheetActor.Secretary, SheetAction.ConfirmMeeting, true)]
    [InlineData(SheetActor.Clerk, SheetAction.ConfirmMeeting, false)]
    [InlineData(SheetActor.Secretary, SheetAction.Submit, true)]
    [InlineData(SheetActor.Clerk, SheetAction.Submit, false)]
    [InlineData(SheetActor.TownshipOffice, SheetAction.Approve, true)]
    [InlineData(SheetActor.Secretary, SheetAction.Approve, false)]
    [InlineData(SheetActor.TownshipOffice, SheetAction.Return, true)]
    [InlineData(SheetActor.Clerk, SheetAction.Return, false)]
    [InlineData(SheetActor.TownshipOffice, SheetAction.Finalise, false)]
    [InlineData(SheetActor.System, SheetAction.OpenNotice, true)]
    public void OnlyTheRightRoleMayTakeEachStep(SheetActor actor, SheetAction action, bool allowed) =>
        SheetRules.MayAct(actor, action).Should().Be(allowed);

    [Fact]
    public void AForbiddenActorLeavesTheSheetUntouched()
    {
        var sheet = _build.InState(SheetState.Submitted);
        var stamp = sheet.ConcurrencyStamp;

        var act = () => sheet.Approve(SheetActor.Secretary, "secretary", At, null, [], _build.Lines.Scheme);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("sheet.forbidden");
        (sheet.State, sheet.ConcurrencyStamp, sheet.Transitions.Count).Should().Be((SheetState.Submitted, stamp, 4));
    }

    [Fact]
    public void AStepFromTheWrongStateIsRefused()
    {
        var sheet = _build.Draft();

        var act = () => sheet.Submit(SheetActor.Secretary, "secretary", At);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("sheet.state");
    }

    [Fact]
    public void TheMeetingNeedsTheEvaluationGroupsAcceptanceAndSensibleAttendance()
    {
        var sheet = _build.InState(SheetState.InitialReview);
        var today = DateOnly.FromDateTime(At.Date);

        FluentActions.Invoking(() => sheet.ConfirmMeeting(SheetActor.Secretary, "s", At, today, 5, 10, null))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.review.missing");
        sheet.AcceptReview(SheetActor.EvaluationGroup, "group", At, null);
        FluentActions.Invoking(() => sheet.ConfirmMeeting(SheetActor.Secretary, "s", At, today, 11, 10, null))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.meeting.attendance");
        FluentActions.Invoking(() => sheet.ConfirmMeeting(SheetActor.Secretary, "s", At, today.AddDays(3), 5, 10, null))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.meeting.date");
        sheet.State.Should().Be(SheetState.InitialReview);
    }

    [Fact]
    public void SendingBackAndReturningNeedAReason()
    {
        var inReview = _build.InState(SheetState.InitialReview);
        var submitted = _build.InState(SheetState.Submitted);

        FluentActions.Invoking(() => inReview.SendBack(SheetActor.EvaluationGroup, "g", At, " "))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.comment");
        FluentActions.Invoking(() => submitted.Return(SheetActor.TownshipOffice, "o", At, ""))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.reason");
        (inReview.State, submitted.State).Should().Be((SheetState.InitialReview, SheetState.Submitted));
    }

    [Fact]
    public void ApprovalConfirmsTheDraftLinesFreezesTheSchemeAndOpensTheNoticeWindow()
    {
        var sheet = _build.InState(SheetState.Submitted);
        var draft = _build.Lines.Draft(1, "D01", 3);
        var officeReview = _build.Lines.Draft(1, "B04", 2);
        var declared = _build.Lines.Draft(2, "B01", 2, source: LedgerSource.MemberDeclaration);
        var scheme = _build.Lines.Scheme;

        sheet.Approve(SheetActor.TownshipOffice, "office", At, "同意", [draft, officeReview, declared], scheme);

        (draft.State, officeReview.State, declared.State).Should().Be((LedgerLineState.Confirmed, LedgerLineState.Confirmed, LedgerLineState.Pending));
        scheme.State.Should().Be(SchemeState.Frozen);
        sheet.State.Should().Be(SheetState.PublicNotice);
        sheet.NoticeClosesAt.Should().Be(At.AddDays(scheme.NoticeDays));
        scheme.NoticeDays.Should().Be(5);
    }

    [Fact]
    public void TheSheetBecomesFinalOnlyAfterTheWindowAndWithNoOpenObjection()
    {
        var sheet = _build.InState(SheetState.PublicNotice);
        var closes = sheet.NoticeClosesAt!.Value;

        FluentActions.Invoking(() => sheet.Finalise(closes.AddMinutes(-1), 0))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.notice.open");
        FluentActions.Invoking(() => sheet.Finalise(closes, 1))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.objections.open");
        sheet.CanFinalise(closes, 0).Should().BeTrue();
        sheet.Finalise(closes, 0);

        sheet.State.Should().Be(SheetState.Final);
    }

    [Fact]
    public void AFinalSheetIsReadOnly()
    {
        var sheet = _build.InState(SheetState.Final);

        FluentActions.Invoking(sheet.EnsureEditable).Should().Throw<DomainException>().Which.Code.Should().Be("sheet.final");
        FluentActions.Invoking(() => sheet.Return(SheetActor.TownshipOffice, "o", At, "reason"))
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.final");
        FluentActions.Invoking(sheet.MarkEdited).Should().Throw<DomainException>();
    }

    [Fact]
    public void OnlyADraftCanBeEditedAndEachEditChangesTheStamp()
    {
        var draft = _build.Draft();
        var stamp = draft.ConcurrencyStamp;
        draft.MarkEdited();
        draft.ConcurrencyStamp.Should().NotBe(stamp);

        FluentActions.Invoking(_build.InState(SheetState.InitialReview).EnsureEditable)
            .Should().Throw<DomainException>().Which.Code.Should().Be("sheet.locked");
    }

    [Fact]
    public void ButtonsOfferOnlyTheActorsOwnSteps()
    {
        SheetRules.Available(SheetState.InitialReview, [SheetActor.EvaluationGroup])
            .Should().BeEquivalentTo([SheetAction.AcceptReview, SheetAction.SendBack]);
        SheetRules.Available(SheetState.Submitted, [SheetActor.Clerk]).Should().BeEmpty();
    }
}
