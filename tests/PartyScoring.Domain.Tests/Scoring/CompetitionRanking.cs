using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>Seed 002 四(二)4 分类排名 / seed 000 排名靠前: rank in branch, equal scores share a rank (1, 2, 2, 4).</summary>
public class CompetitionRanking
{
    [Fact]
    public void GivesEqualScoresTheSameRankAndSkipsTheNext()
    {
        var result = new BranchYearBuilder(TestSchemes.District002())
            .MemberScoring("A", 95).MemberScoring("B", 90).MemberScoring("C", 90).MemberScoring("D", 85)
            .Compute();

        result.Graded.Select(r => r.Rank).Should().Equal(1, 2, 2, 4);
        result.Graded.Select(r => r.Member.Name).Should().Equal("A", "B", "C", "D");
    }

    [Fact]
    public void ListsTiedMembersByNameWithoutChangingTheirRank()
    {
        var result = new BranchYearBuilder(TestSchemes.District002())
            .MemberScoring("Zhu", 88).MemberScoring("Bai", 88)
            .Compute();

        result.Graded.Select(r => (r.Member.Name, r.Rank)).Should().Equal(("Bai", (int?)1), ("Zhu", (int?)1));
    }

    [Fact]
    public void RanksOnTheTotalIncludingAnAddedEvaluationScore()
    {
        // Seed 003: equal task points, the better vote ranks first.
        var result = new BranchYearBuilder(TestSchemes.County003())
            .Member("Low", ("B01", 5)).Member("High", ("B01", 5))
            .Votes("Low", 4, 4, 8, 16).Votes("High", 12, 3, 1, 16)
            .Compute();

        result.Of("High").Rank.Should().Be(1);
        result.Of("Low").Rank.Should().Be(2);
    }
}
