using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed004;

/// <summary>
/// Seed 004 二: 優秀(100-90分)、良好(89-80分)、合格(79-70分)、不合格(69分以下).
/// The seed counts whole points; with 0.5 steps anything below 70 (69.5, 69.9) is 不合格.
/// </summary>
public class ScoreSheetPassingLine
{
    public static TheoryData<decimal, Grade> Boundaries => new()
    {
        { 100m, Grade.Excellent },    // 優秀 100-90分
        { 90m, Grade.Excellent },
        { 89.9m, Grade.Good },        // 良好 89-80分
        { 80m, Grade.Good },
        { 79.9m, Grade.Qualified },   // 合格 79-70分
        { 70m, Grade.Qualified },
        { 69.9m, Grade.Unqualified }, // 不合格 69分以下
        { 69.5m, Grade.Unqualified },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void GradesTheEarnedTotalAgainstTheSeventyPointLine(decimal total, Grade expected)
    {
        var result = new BranchYearBuilder(TestSchemes.ScoreSheet004()).MemberScoring("Subject", total).Compute();

        result.Of("Subject").Points.Base.Should().Be(total);
        result.Of("Subject").Grade.Should().Be(expected);
    }
}
