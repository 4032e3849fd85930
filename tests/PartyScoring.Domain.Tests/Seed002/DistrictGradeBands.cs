using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed002;

/// <summary>Seed 002 四(一): 90分以上 优秀; 80-89 良好; 60-79 合格; 60分以下 不合格.</summary>
public class DistrictGradeBands
{
    public static TheoryData<decimal, Grade> Boundaries => new()
    {
        { 95m, Grade.Excellent },
        { 90m, Grade.Excellent },     // 90分以上 优秀 (90 included, as in seed 000's 含90)
        { 89.9m, Grade.Good },        // 80-89分 良好
        { 80m, Grade.Good },
        { 79.9m, Grade.Qualified },   // 60-79分 合格
        { 60m, Grade.Qualified },
        { 59.9m, Grade.Unqualified }, // 60分以下 不合格
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void GradesEachBoundaryInclusively(decimal total, Grade expected)
    {
        var result = new BranchYearBuilder(TestSchemes.District002()).MemberScoring("Subject", total).Compute();

        result.Of("Subject").Points.Total.Should().Be(total);
        result.Of("Subject").Grade.Should().Be(expected);
    }

    [Fact]
    public void HasNoQuotaSoEveryoneAtNinetyIsExcellent()
    {
        // Seed 002 has no "排名靠前" condition: four members of four at ≥ 90 are all 优秀.
        var result = new BranchYearBuilder(TestSchemes.District002()).MembersScoring(4, 90).Compute();

        result.Graded.Should().OnlyContain(r => r.Grade == Grade.Excellent);
        result.ExcellentQuotaPlaces.Should().Be(4);
    }
}
