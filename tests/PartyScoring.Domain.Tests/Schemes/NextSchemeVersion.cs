using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Schemes;

/// <summary>SPEC 3: a frozen scheme changes only through a new version with a reason; every computation records its version.</summary>
public class NextSchemeVersion
{
    private static ScoringScheme Frozen(ScoringScheme scheme)
    {
        scheme.Freeze(LineFactory.At);
        return scheme;
    }

    [Fact]
    public void IsRefusedWhileTheSchemeIsStillEditable()
    {
        var act = () => TestSchemes.Township000().CreateNextVersion("mid-year change");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.version.notFrozen");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RequiresAReason(string reason)
    {
        var act = () => Frozen(TestSchemes.Township000()).CreateNextVersion(reason);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.version.reason");
    }

    [Fact]
    public void IncrementsTheVersionAndRecordsWhereItCameFrom()
    {
        var current = Frozen(TestSchemes.Township000());

        var next = current.CreateNextVersion("county raised the volunteer-day bonus");

        next.Version.Should().Be(current.Version + 1);
        next.PreviousVersionId.Should().Be(current.Id);
        next.ChangeReason.Should().Be("county raised the volunteer-day bonus");
        (next.TownshipId, next.Year, next.PresetKey).Should().Be((current.TownshipId, current.Year, current.PresetKey));
    }

    [Fact]
    public void StartsAsAnEditableDraft()
    {
        var next = Frozen(TestSchemes.Township000()).CreateNextVersion("change");

        next.State.Should().Be(SchemeState.Draft);
        next.FrozenAt.Should().BeNull();
        next.AddItem(new ItemDefinition("B09", "New bonus", ItemKind.Bonus, 1, 1));
    }

    [Fact]
    public void CopiesItemsBandsAndRules()
    {
        var current = Frozen(TestSchemes.Township000());

        var next = current.CreateNextVersion("change");

        next.Items.Should().HaveCount(9);
        next.Items.Should().BeEquivalentTo(current.Items, o => o.Excluding(i => i.Id).Excluding(i => i.SchemeId));
        next.Bands.Select(b => (b.Grade, b.MinInclusive)).Should().Equal(current.Bands.Select(b => (b.Grade, b.MinInclusive)));
        next.Rules.Should().Be(current.Rules);
    }

    [Fact]
    public void CopiesCategoriesAndTheEarnedBase()
    {
        // Seed 004: 30 / 20 / 30 / 20.
        var current = Frozen(TestSchemes.ScoreSheet004());

        var next = current.CreateNextVersion("change");

        next.Categories.Select(c => (c.Code, c.Name, c.MaxPoints)).Should()
            .Equal(current.Categories.Select(c => (c.Code, c.Name, c.MaxPoints)));
        next.BasePoints.Should().Be(100);
    }

    [Fact]
    public void LeavesTheFrozenVersionUnchangedWhenTheNewOneIsEdited()
    {
        var current = Frozen(TestSchemes.Township000());
        var next = current.CreateNextVersion("change");

        next.AddItem(new ItemDefinition("B09", "New bonus", ItemKind.Bonus, 1, 1));
        next.SetBands([(Grade.Excellent, 95), (Grade.Qualified, 80), (Grade.Unqualified, null)]);

        current.Items.Should().NotContain(i => i.Code == "B09");
        current.Bands[0].MinInclusive.Should().Be(90);
    }
}
