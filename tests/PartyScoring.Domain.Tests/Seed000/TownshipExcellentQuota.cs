using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed000;

/// <summary>
/// Seed 000 三(一): 年度积分在90分(含90)以上且排名靠前 → 优秀; 90–80(含80) → 合格; 低于80 → 不合格.
/// The preset reads "排名靠前" as at most 30 % of the branch's graded members.
/// </summary>
public class TownshipExcellentQuota
{
    [Fact]
    public void GivesTheMemberOutsideTheQuotaQualifiedWithANote()
    {
        // 10 graded × 30 % = 3 places, four members at or above 90: the fourth is 合格, not 优秀.
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .MemberScoring("A", 98).MemberScoring("B", 96).MemberScoring("C", 94).MemberScoring("D", 92)
            .MembersScoring(6, 85)
            .Compute();

        result.ExcellentQuotaPlaces.Should().Be(3);
        new[] { "A", "B", "C" }.Select(n => result.Of(n).Grade).Should().AllBeEquivalentTo(Grade.Excellent);
        result.Of("D").Grade.Should().Be(Grade.Qualified);
        result.Of("D").NoteKinds().Should().Contain(ComputationNoteKind.ExcellentWithheldByQuota);
        result.Of("A").NoteKinds().Should().NotContain(ComputationNoteKind.ExcellentWithheldByQuota);
    }

    [Fact]
    public void KeepsTheWithheldMembersRankAndPoints()
    {
        // The quota changes the grade only; 92 is still 92 and still fourth.
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .MemberScoring("A", 98).MemberScoring("B", 96).MemberScoring("C", 94).MemberScoring("D", 92)
            .MembersScoring(6, 85)
            .Compute();

        result.Of("D").Points.Total.Should().Be(92);
        result.Of("D").Rank.Should().Be(4);
    }

    public static TheoryData<decimal, Grade> Boundaries => new()
    {
        { 90m, Grade.Excellent },     // 90分(含90)以上, and the only candidate for the branch's 3 places
        { 89.9m, Grade.Qualified },   // 90分一80(含80)
        { 80m, Grade.Qualified },
        { 79.9m, Grade.Unqualified }, // 低于基础分80
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void GradesTheBandBoundariesInclusively(decimal total, Grade expected)
    {
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .MemberScoring("Subject", total)
            .MembersScoring(9, 80)
            .Compute();

        result.Of("Subject").Points.Total.Should().Be(total);
        result.Of("Subject").Grade.Should().Be(expected);
    }
}
