using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Schemes;

/// <summary>SPEC 3 / issue 13 §4: a township starts next year from last year's scheme; last year's stays as it was.</summary>
public class NextYearScheme
{
    [Fact]
    public void CarriesTheRulesItemsAndBandsIntoAnEditableFirstVersion()
    {
        var last = TestSchemes.Township000();
        last.Freeze(LineFactory.At);

        var next = last.CopyFor(last.Year + 1);

        next.Year.Should().Be(last.Year + 1);
        next.TownshipId.Should().Be(last.TownshipId);
        next.Version.Should().Be(1);
        next.State.Should().NotBe(SchemeState.Frozen);
        next.Rules.Should().Be(last.Rules);
        next.Items.Select(i => (i.Code, i.Name, i.Kind, i.MinPoints, i.MaxPoints, i.AnnualCap))
            .Should().Equal(last.Items.Select(i => (i.Code, i.Name, i.Kind, i.MinPoints, i.MaxPoints, i.AnnualCap)));
        next.Bands.Select(b => (b.Grade, b.MinInclusive)).Should().Equal(last.Bands.Select(b => (b.Grade, b.MinInclusive)));
        next.Items.Should().NotIntersectWith(last.Items, "the new year has its own items to edit");
        last.Year.Should().Be(next.Year - 1);
        last.State.Should().Be(SchemeState.Frozen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void IsOnlyCopiedIntoALaterYear(int offset)
    {
        var last = TestSchemes.Township000();

        var act = () => last.CopyFor(last.Year + offset);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.copy.year");
    }
}
