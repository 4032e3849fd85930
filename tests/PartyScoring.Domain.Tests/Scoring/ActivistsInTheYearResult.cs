using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>Seed 002 三(二): 入党积极分子可参照党员考核项目进行积分管理 — scored with the same items, never graded with members.</summary>
public class ActivistsInTheYearResult
{
    [Fact]
    public void ComputesTheActivistsPointsWithTheSameItems()
    {
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .Activist("Candidate", ("D01", 5), ("B01", 2))
            .Compute();

        result.Of("Candidate").Points.Total.Should().Be(87);
    }

    [Fact]
    public void ListsActivistsSeparatelyWithoutGradeOrRank()
    {
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .Activist("Candidate", ("D01", 5), ("D01", 5), ("D01", 5))
            .MemberScoring("Member", 85)
            .Compute();

        result.Activists.Should().ContainSingle().Which.Member.Name.Should().Be("Candidate");
        result.Of("Candidate").Grade.Should().BeNull();
        result.Of("Candidate").Rank.Should().BeNull();
        result.Graded.Should().ContainSingle().Which.Rank.Should().Be(1);
    }

    [Fact]
    public void DoesNotCountActivistsForTheQuota()
    {
        // 9 graded × 30 % = 2 places; with the two activists it would be 3.
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .Activist("Candidate1", ("D01", 5)).Activist("Candidate2", ("D01", 5))
            .MembersScoring(9, 80)
            .Compute();

        result.ExcellentQuotaPlaces.Should().Be(2);
    }

    [Fact]
    public void OrdersActivistsByTotalDescending()
    {
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .Activist("Lower", ("D01", 1)).Activist("Higher", ("D01", 4))
            .Compute();

        result.Activists.Select(r => r.Member.Name).Should().Equal("Higher", "Lower");
    }
}
