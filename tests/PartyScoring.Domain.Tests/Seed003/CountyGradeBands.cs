using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed003;

/// <summary>
/// Seed 003 二(三)③: XX分以上为优秀, XX—XX分为合格, XX—XX分为大致合格, XX分以下为不合格.
/// The figures are masked in the seed; the preset enters 90 / 75 / 60.
/// </summary>
public class CountyGradeBands
{
    [Fact]
    public void HasFourBandsFromExcellentToUnqualified()
    {
        TestSchemes.County003().Bands.Select(b => b.Grade).Should().Equal(
            Grade.Excellent, Grade.Qualified, Grade.BasicallyQualified, Grade.Unqualified);
    }

    public static TheoryData<decimal, Grade> Boundaries => new()
    {
        { 90m, Grade.Excellent },
        { 89.9m, Grade.Qualified },
        { 75m, Grade.Qualified },
        { 74.9m, Grade.BasicallyQualified },
        { 60m, Grade.BasicallyQualified },
        { 59.9m, Grade.Unqualified },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void PlacesEachBoundaryInTheBandItOpens(decimal score, Grade expected)
    {
        AnnualComputation.BandFor(TestSchemes.County003(), score).Should().Be(expected);
    }

    [Fact]
    public void LetsATownshipEnterItsOwnThresholds()
    {
        // The seed leaves the numbers to the township: the preset's bands are editable while the scheme is a draft.
        var scheme = TestSchemes.County003();
        scheme.SetBands([(Grade.Excellent, 85), (Grade.Qualified, 70), (Grade.BasicallyQualified, 55), (Grade.Unqualified, null)]);

        AnnualComputation.BandFor(scheme, 85).Should().Be(Grade.Excellent);
        AnnualComputation.BandFor(scheme, 54.9m).Should().Be(Grade.Unqualified);
    }
}
