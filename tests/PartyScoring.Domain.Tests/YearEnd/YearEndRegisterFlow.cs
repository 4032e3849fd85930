using PartyScoring.Domain.Common;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Domain.Tests.YearEnd;

/// <summary>
/// SPEC 6 年终一汇总: Draft → PublicNotice → Submitted → Approved/Archived, or back to Draft with a reason;
/// every step by its role, recorded; the snapshot keeps the graded, exempt and activist lists apart; frozen at the end.
/// </summary>
public class YearEndRegisterFlow
{
    private static readonly DateTimeOffset Start = new(2025, 12, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<int> NoProbationers = [];

    private static BranchYearResult Result(ScoringScheme? scheme = null) =>
        new BranchYearBuilder(scheme ?? TestSchemes.Township000())
            .MemberScoring("Top", 96).MemberScoring("Mid", 88).MembersScoring(8, 85)
            .Exempt("Old").Activist("Act")
            .Compute();

    private static YearEndRegister InNotice(int days = 5)
    {
        var register = new YearEndRegister(7, 2025);
        register.OpenNotice(SheetActor.Secretary, "secretary1", Start, Result(), days, NoProbationers);
        return register;
    }

    private static YearEndRegister Submitted()
    {
        var register = InNotice();
        register.Submit(SheetActor.Secretary, "secretary1", Start.AddDays(5), openObjections: 0);
        return register;
    }

    [Fact]
    public void OpeningTheNoticeSnapshotsEveryMemberWithTheSchemeVersionAndKeepsExemptAndActivistsApart()
    {
        var register = InNotice();

        register.State.Should().Be(YearEndState.PublicNotice);
        register.NoticeClosesAt.Should().Be(Start.AddDays(5));
        register.SchemeId.Should().Be(1);
        register.SchemeVersion.Should().Be(1);
        register.Entries.Count(e => e.Section == YearEndSection.Graded).Should().Be(10);
        register.Entries.Single(e => e.Section == YearEndSection.Exempt).Should().Match<YearEndEntry>(e => e.Name == "Old" && e.Rank == null && e.Grade == null);
        register.Entries.Single(e => e.Section == YearEndSection.Activist).Should().Match<YearEndEntry>(e => e.Name == "Act" && e.Rank == null && e.Grade == null);
        register.Entries.Single(e => e.Name == "Top").Should().Match<YearEndEntry>(e => e.Rank == 1 && e.Grade == Grade.Excellent && e.Total == 96);
    }

    [Fact]
    public void OnlyTheSecretaryOpensTheNotice()
    {
        var register = new YearEndRegister(7, 2025);
        var act = () => register.OpenNotice(SheetActor.Clerk, "clerk1", Start, Result(), 5, NoProbationers);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.forbidden");
        register.State.Should().Be(YearEndState.Draft);
        register.Entries.Should().BeEmpty();
    }

    [Fact]
    public void SubmittingWaitsForTheWindowToClose()
    {
        var register = InNotice();
        var act = () => register.Submit(SheetActor.Secretary, "secretary1", Start.AddDays(4), 0);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.notice.open");
    }

    [Fact]
    public void NoSubmitWhileAnObjectionIsOpen()
    {
        var register = InNotice();
        var act = () => register.Submit(SheetActor.Secretary, "secretary1", Start.AddDays(6), openObjections: 1);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.objections.open");
        register.State.Should().Be(YearEndState.PublicNotice);
    }

    [Fact]
    public void TheOfficeReturnsWithAReasonBackToDraft()
    {
        var register = Submitted();
        var noReason = () => register.Return(SheetActor.TownshipOffice, "office", Start.AddDays(6), " ");
        noReason.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.reason");

        register.Return(SheetActor.TownshipOffice, "office", Start.AddDays(6), "测评票数有误");

        register.State.Should().Be(YearEndState.Draft);
        register.Transitions.Last().Should().Match<YearEndTransition>(t => t.Action == YearEndAction.Return && t.Comment == "测评票数有误" && t.By == "office");
    }

    [Fact]
    public void ASecretaryCannotApproveTheirOwnYearEnd()
    {
        var register = Submitted();
        var act = () => register.Approve(SheetActor.Secretary, "secretary1", Start.AddDays(6), null);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.forbidden");
    }

    [Fact]
    public void ApprovalArchivesAndNothingChangesTheRegisterAfterwards()
    {
        var register = Submitted();
        register.Approve(SheetActor.TownshipOffice, "office", Start.AddDays(6), null);

        register.State.Should().Be(YearEndState.Archived);
        register.IsFrozen.Should().BeTrue();
        register.Transitions.Select(t => t.Action).Should().Equal(
            YearEndAction.OpenNotice, YearEndAction.Submit, YearEndAction.Approve, YearEndAction.Archive);
        var changes = new Action[]
        {
            () => register.Return(SheetActor.TownshipOffice, "office", Start.AddDays(7), "重来"),
            () => register.RecordVotes(SheetActor.EvaluationGroup, 1, new EvaluationVotes(1, 0, 0, 1)),
            () => register.Recompute("secretary1", Start.AddDays(7), Result(), NoProbationers, "x"),
            () => register.CorrectVotes(SheetActor.Secretary, 1, new EvaluationVotes(1, 0, 0, 1)),
        };
        changes.Should().AllSatisfy(c => c.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.frozen"));
    }

    [Fact]
    public void TheDeadlineFlagsARegisterNotApprovedInTime()
    {
        var deadline = new DateOnly(2025, 12, 25);
        new YearEndRegister(7, 2025).IsOverdue(deadline, new DateOnly(2025, 12, 26)).Should().BeTrue();
        new YearEndRegister(7, 2025).IsOverdue(deadline, deadline).Should().BeFalse();
        var archived = Submitted();
        archived.Approve(SheetActor.TownshipOffice, "office", Start.AddDays(6), null);
        archived.IsOverdue(deadline, new DateOnly(2026, 1, 5)).Should().BeFalse();
    }
}
