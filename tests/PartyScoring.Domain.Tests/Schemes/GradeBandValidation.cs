using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Schemes;

/// <summary>
/// SPEC 3: grade bands are ordered thresholds with inclusive lower bounds; the seeds use three (000) or four
/// (002, 003, 004) grades, always ending with 不合格, which catches everything below — negative totals too.
/// </summary>
public class GradeBandValidation
{
    private readonly ScoringScheme _scheme = TestSchemes.Blank();

    private string CodeOf(params (Grade, decimal?)[] bands)
    {
        var act = () => _scheme.SetBands(bands);
        return act.Should().Throw<DomainException>().Which.Code;
    }

    [Fact]
    public void RefusesFewerThanThreeBands() =>
        CodeOf((Grade.Qualified, 60), (Grade.Unqualified, null)).Should().Be("scheme.bands.count");

    [Fact]
    public void RefusesMoreThanFourBands() =>
        CodeOf((Grade.Excellent, 90), (Grade.Good, 80), (Grade.Qualified, 70), (Grade.BasicallyQualified, 60), (Grade.Unqualified, null))
            .Should().Be("scheme.bands.count");

    [Fact]
    public void RefusesThresholdsThatDoNotGoDown() =>
        CodeOf((Grade.Excellent, 80), (Grade.Good, 90), (Grade.Unqualified, null)).Should().Be("scheme.bands.order");

    [Fact]
    public void RefusesEqualThresholds() =>
        CodeOf((Grade.Excellent, 90), (Grade.Good, 90), (Grade.Unqualified, null)).Should().Be("scheme.bands.order");

    [Fact]
    public void RefusesGradesOutOfOrder() =>
        CodeOf((Grade.Good, 90), (Grade.Excellent, 80), (Grade.Unqualified, null)).Should().Be("scheme.bands.order");

    [Fact]
    public void RefusesALowestBandWithAThreshold() =>
        CodeOf((Grade.Excellent, 90), (Grade.Qualified, 80), (Grade.Unqualified, 0)).Should().Be("scheme.bands.open");

    [Fact]
    public void RefusesAnOpenBandAboveTheLowest() =>
        CodeOf((Grade.Excellent, 90), (Grade.Qualified, null), (Grade.Unqualified, null)).Should().Be("scheme.bands.open");

    [Fact]
    public void RefusesALowestBandOtherThanUnqualified() =>
        CodeOf((Grade.Excellent, 90), (Grade.Good, 80), (Grade.Qualified, null)).Should().Be("scheme.bands.lowest");

    [Fact]
    public void RefusesAThresholdWithTwoDecimals() =>
        CodeOf((Grade.Excellent, 89.95m), (Grade.Qualified, 80), (Grade.Unqualified, null)).Should().Be("scheme.band.min");

    [Fact]
    public void ReplacesTheBandsHighestFirst()
    {
        _scheme.SetBands([(Grade.Excellent, 90), (Grade.Qualified, 80), (Grade.Unqualified, null)]);
        _scheme.SetBands([(Grade.Excellent, 90), (Grade.Good, 80), (Grade.Qualified, 60), (Grade.Unqualified, null)]);

        _scheme.Bands.Select(b => (b.Grade, b.MinInclusive)).Should().Equal(
            (Grade.Excellent, 90m), (Grade.Good, 80m), (Grade.Qualified, 60m), (Grade.Unqualified, (decimal?)null));
    }

    [Fact]
    public void KeepsTheOldBandsWhenTheNewOnesAreRefused()
    {
        _scheme.SetBands([(Grade.Excellent, 90), (Grade.Qualified, 80), (Grade.Unqualified, null)]);

        CodeOf((Grade.Excellent, 80), (Grade.Qualified, 90), (Grade.Unqualified, null));

        _scheme.Bands.Should().HaveCount(3);
        _scheme.Bands[0].MinInclusive.Should().Be(90);
    }
}
