using PartyScoring.Domain.Common;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Domain.Tests.YearEnd;

/// <summary>Seed 000 "半年一谈话": after Q2 the secretary talks with the members whose points are low.</summary>
public class HalfYearTalkList
{
    private static readonly (int, decimal)[] Branch = [(1, 41.5m), (2, 38m), (3, 45m), (4, 38m), (5, 52m)];

    [Fact]
    public void WithAThresholdListsEveryMemberStrictlyBelowIt() =>
        TalkCandidates.Select(Branch, threshold: 41.5m, lowestN: null).Should().Equal(2, 4);

    [Fact]
    public void WithLowestNMembersTiedWithTheNthAreAllListed() =>
        TalkCandidates.Select(Branch, threshold: null, lowestN: 1).Should().Equal(2, 4);

    [Fact]
    public void LowestNLargerThanTheBranchListsEveryone() =>
        TalkCandidates.Select(Branch, null, 10).Should().HaveCount(5);

    [Fact]
    public void NoRuleMeansNoList() => TalkCandidates.Select(Branch, null, null).Should().BeEmpty();

    [Fact]
    public void TalkCannotBeRecordedBeforeItHappens()
    {
        var act = () => new HalfYearTalk(1, 1, 2026, new DateOnly(2026, 8, 2), "secretary1", "提醒按时参加组织生活", null, new DateOnly(2026, 8, 1));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("talk.date");
    }

    [Fact]
    public void TalkNeedsASummary()
    {
        var act = () => new HalfYearTalk(1, 1, 2026, new DateOnly(2026, 7, 20), "secretary1", "  ", null, new DateOnly(2026, 8, 1));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("talk.summary");
    }
}
