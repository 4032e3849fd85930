using PartyScoring.Domain.Common;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Domain.Tests.YearEnd;

/// <summary>民主测评 votes entered by the evaluation group before the notice; objections to one's own annual result.</summary>
public class YearEndVotesAndObjections
{
    private static readonly DateTimeOffset Start = new(2025, 12, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SeedThreeVotesTwelveThreeOneOfSixteenGiveEightPointFourInTheSnapshot()
    {
        var scheme = TestSchemes.County003();
        var register = new YearEndRegister(7, 2025);
        register.RecordVotes(SheetActor.EvaluationGroup, 1, new EvaluationVotes(12, 3, 1, 16));
        var result = new BranchYearBuilder(scheme).Member("Sun", ("B01", 5)).Compute();
        var withVotes = AnnualComputation.Compute(scheme, result.Graded.Select(r => r.Member),
            Array.Empty<ItemTotal>(), register.VotesByMember());

        register.OpenNotice(SheetActor.Secretary, "secretary1", Start, withVotes, 5, new HashSet<int>());

        register.Entries.Single().EvaluationScore.Should().Be(8.4m);
        register.Entries.Single().Total.Should().Be(78.4m, "70 start-full plus 8.4; no lines in this recomputation");
    }

    [Theory]
    [InlineData(12, 3, 2, 16, "votes.exceed")]
    [InlineData(-1, 3, 1, 16, "votes.negative")]
    [InlineData(0, 0, 0, 0, "votes.voters")]
    public void BadVotesAreRefusedAndNothingIsRecorded(int good, int medium, int poor, int voters, string code)
    {
        var register = new YearEndRegister(7, 2025);
        var act = () => register.RecordVotes(SheetActor.EvaluationGroup, 1, new EvaluationVotes(good, medium, poor, voters));
        act.Should().Throw<DomainException>().Which.Code.Should().Be(code);
        register.Votes.Should().BeEmpty();
    }

    [Fact]
    public void OnlyTheEvaluationGroupEntersVotesAndOnlyBeforeTheNotice()
    {
        var register = new YearEndRegister(7, 2025);
        var bySecretary = () => register.RecordVotes(SheetActor.Secretary, 1, new EvaluationVotes(1, 0, 0, 1));
        bySecretary.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.forbidden");

        register.OpenNotice(SheetActor.Secretary, "secretary1", Start,
            new BranchYearBuilder(TestSchemes.Township000()).MemberScoring("A", 85).Compute(), 5, new HashSet<int>());
        var late = () => register.RecordVotes(SheetActor.EvaluationGroup, 1, new EvaluationVotes(1, 0, 0, 1));
        late.Should().Throw<DomainException>().Which.Code.Should().Be("yearEnd.votes.locked");
    }

    [Fact]
    public void AMemberObjectsToTheirOwnResultOnlyDuringTheWindow()
    {
        var register = new YearEndRegister(7, 2025);
        register.OpenNotice(SheetActor.Secretary, "secretary1", Start,
            new BranchYearBuilder(TestSchemes.Township000()).MemberScoring("A", 85).Compute(), 5, new HashSet<int>());

        YearEndObjection.Raise(register, 1, "测评票数不对", "member1", Start.AddDays(1)).IsOpen.Should().BeTrue();
        var late = () => YearEndObjection.Raise(register, 1, "测评票数不对", "member1", Start.AddDays(5));
        late.Should().Throw<DomainException>().Which.Code.Should().Be("objection.window");
        var notOnList = () => YearEndObjection.Raise(register, 99, "x", "member9", Start.AddDays(1));
        notOnList.Should().Throw<DomainException>().Which.Code.Should().Be("objection.own");
    }

    [Fact]
    public void ARejectionNeedsAWrittenReasonAndOnlyTheSecretaryDecides()
    {
        var register = new YearEndRegister(7, 2025);
        register.OpenNotice(SheetActor.Secretary, "secretary1", Start,
            new BranchYearBuilder(TestSchemes.Township000()).MemberScoring("A", 85).Compute(), 5, new HashSet<int>());
        var objection = YearEndObjection.Raise(register, 1, "测评票数不对", "member1", Start.AddDays(1));

        var byClerk = () => objection.Decide(SheetActor.Clerk, false, "x", "clerk1", Start.AddDays(2));
        byClerk.Should().Throw<DomainException>().Which.Code.Should().Be("objection.forbidden");
        var noReason = () => objection.Decide(SheetActor.Secretary, false, "", "secretary1", Start.AddDays(2));
        noReason.Should().Throw<DomainException>().Which.Code.Should().Be("objection.decision");

        objection.Decide(SheetActor.Secretary, false, "票数经核对无误", "secretary1", Start.AddDays(2));
        objection.State.Should().Be(ObjectionState.Rejected);
        objection.Decision.Should().Be("票数经核对无误");
    }

    [Fact]
    public void AnUpheldVoteCorrectionRecomputesTheSnapshotWithinTheWindow()
    {
        var scheme = TestSchemes.County003();
        var members = new BranchYearBuilder(scheme).Member("Sun", ("B01", 5)).Compute().Graded.Select(r => r.Member).ToList();
        var register = new YearEndRegister(7, 2025);
        register.RecordVotes(SheetActor.EvaluationGroup, 1, new EvaluationVotes(10, 0, 0, 16));
        register.OpenNotice(SheetActor.Secretary, "secretary1", Start,
            AnnualComputation.Compute(scheme, members, Array.Empty<ItemTotal>(), register.VotesByMember()), 5, new HashSet<int>());
        register.Entries.Single().EvaluationScore.Should().Be(6.3m);

        register.CorrectVotes(SheetActor.Secretary, 1, new EvaluationVotes(12, 3, 1, 16));
        register.Recompute("secretary1", Start.AddDays(2), AnnualComputation.Compute(scheme, members, Array.Empty<ItemTotal>(), register.VotesByMember()),
            new HashSet<int>(), "异议成立：更正测评票");

        register.Entries.Single().EvaluationScore.Should().Be(8.4m);
        register.NoticeClosesAt.Should().Be(Start.AddDays(5));
        register.Transitions.Last().Action.Should().Be(YearEndAction.Recompute);
    }

    [Fact]
    public void TwoYearsUnqualifiedIsFlaggedOnlyWhenBothYearsAre()
    {
        var grades = new Dictionary<int, Grade?> { [2024] = Grade.Unqualified, [2025] = Grade.Unqualified, [2026] = Grade.Qualified };
        ConsecutiveUnqualified.IsFlagged(grades, 2025).Should().BeTrue();
        ConsecutiveUnqualified.IsFlagged(grades, 2026).Should().BeFalse();
        ConsecutiveUnqualified.IsFlagged(new Dictionary<int, Grade?> { [2025] = Grade.Unqualified }, 2025).Should().BeFalse();
    }
}
