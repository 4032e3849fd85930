using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Domain.Tests.YearEnd;

/// <summary>
/// Once the annual notice is up, the register's snapshot is the year's record (SPEC 6): it reads back as the engine's own
/// result type with every figure, so pages and papers show the record rather than a recomputation.
/// </summary>
public class RecordedYearResult
{
    private static readonly DateTimeOffset Start = new(2025, 12, 10, 9, 0, 0, TimeSpan.Zero);

    private static BranchYearResult Computed() =>
        new BranchYearBuilder(TestSchemes.Township000())
            .MemberScoring("Top", 96).MemberScoring("Mid", 88).MembersScoring(8, 85)
            .Exempt("Old").Activist("Act")
            .Compute();

    [Fact]
    public void ADraftRegisterHoldsNoRecord() => new YearEndRegister(7, 2025).RecordedResult().Should().BeNull();

    [Fact]
    public void TheRecordReadsBackEveryMembersFiguresRankAndGradeInTheEnginesOrder()
    {
        var computed = Computed();
        var register = new YearEndRegister(7, 2025);
        register.OpenNotice(SheetActor.Secretary, "secretary1", Start, computed, 5, new HashSet<int>());

        var recorded = register.RecordedResult()!;

        recorded.SchemeId.Should().Be(computed.SchemeId);
        recorded.ExcellentQuotaPlaces.Should().Be(computed.ExcellentQuotaPlaces);
        recorded.Graded.Select(r => (r.Member.Id, r.Points.Total, r.Points.Base, r.Points.Vetoed, r.Grade, r.Rank))
            .Should().Equal(computed.Graded.Select(r => (r.Member.Id, r.Points.Total, r.Points.Base, r.Points.Vetoed, r.Grade, r.Rank)));
        recorded.Exempt.Should().ContainSingle().Which.Member.IsExempt.Should().BeTrue();
        recorded.Activists.Should().ContainSingle().Which.Member.Status.Should().Be(Domain.Members.MembershipStatus.Activist);
    }

    [Fact]
    public void OnlyApprovedAndArchivedRegistersAreFrozenAndAnythingElseIsOverdueAfterTheDeadline()
    {
        var deadline = new DateOnly(2025, 12, 25);
        var after = deadline.AddDays(1);

        YearEndRegister.IsFrozenIn(YearEndState.Approved).Should().BeTrue();
        YearEndRegister.IsFrozenIn(YearEndState.Archived).Should().BeTrue();
        YearEndRegister.IsFrozenIn(YearEndState.Submitted).Should().BeFalse();
        YearEndRegister.IsOverdueIn(YearEndState.Submitted, deadline, after).Should().BeTrue();
        YearEndRegister.IsOverdueIn(null, deadline, after).Should().BeTrue("no register at all is not approved either");
        YearEndRegister.IsOverdueIn(YearEndState.Archived, deadline, after).Should().BeFalse();
        YearEndRegister.IsOverdueIn(YearEndState.Draft, deadline, deadline).Should().BeFalse("the deadline day itself is in time");
    }

    [Theory]
    [InlineData(YearEndAction.OpenNotice, SheetActor.Secretary)]
    [InlineData(YearEndAction.Submit, SheetActor.Secretary)]
    [InlineData(YearEndAction.Approve, SheetActor.TownshipOffice)]
    [InlineData(YearEndAction.Return, SheetActor.TownshipOffice)]
    public void EachStepHasOneActor(YearEndAction action, SheetActor actor) => YearEndRules.ActorFor(action).Should().Be(actor);

    [Fact]
    public void TheSystemsOwnStepsHaveNoActorAPersonCouldBe() => YearEndRules.ActorFor(YearEndAction.Archive).Should().BeNull();
}
