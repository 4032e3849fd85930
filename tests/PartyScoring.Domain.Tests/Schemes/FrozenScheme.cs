using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Schemes;

/// <summary>
/// SPEC 3: once any quarter of the year is approved the scheme can only change through a new version with a
/// reason, so a past year always recomputes to the same figures.
/// </summary>
public class FrozenScheme
{
    private static ScoringScheme Frozen()
    {
        var scheme = TestSchemes.Township000();
        scheme.Freeze(LineFactory.At);
        return scheme;
    }

    public static TheoryData<string> Edits => ["AddItem", "SetBands", "UpdateRules", "Announce"];

    private static void Edit(ScoringScheme scheme, string edit)
    {
        switch (edit)
        {
            case "AddItem":
                scheme.AddItem(new ItemDefinition("B09", "New bonus", ItemKind.Bonus, 1, 1));
                break;
            case "SetBands":
                scheme.SetBands([(Grade.Excellent, 95), (Grade.Qualified, 80), (Grade.Unqualified, null)]);
                break;
            case "UpdateRules":
                scheme.UpdateRules(scheme.Rules with { BasePoints = 70 });
                break;
            case "Announce":
                scheme.Announce();
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void RefusesEveryEdit(string edit)
    {
        var scheme = Frozen();

        var act = () => Edit(scheme, edit);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.frozen");
        scheme.Items.Should().HaveCount(9);
        scheme.BasePoints.Should().Be(80);
        scheme.Bands[0].MinInclusive.Should().Be(90);
    }

    [Fact]
    public void RefusesANewCategoryOnAFrozenEarnedScheme()
    {
        var scheme = TestSchemes.ScoreSheet004();
        scheme.Freeze(LineFactory.At);

        var act = () => scheme.AddCategory("C5", "Extra", 10);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.frozen");
    }

    [Fact]
    public void StaysEditableOnceAnnounced()
    {
        // SPEC 3: announced at the start of the year, frozen only when a quarter is approved.
        var scheme = TestSchemes.Township000();
        scheme.Announce();

        scheme.AddItem(new ItemDefinition("B09", "New bonus", ItemKind.Bonus, 1, 1));

        scheme.State.Should().Be(SchemeState.Announced);
        scheme.Items.Should().Contain(i => i.Code == "B09");
    }

    [Fact]
    public void KeepsTheFirstFreezeTime()
    {
        var scheme = Frozen();

        scheme.Freeze(LineFactory.At.AddMonths(3));

        scheme.FrozenAt.Should().Be(LineFactory.At);
    }

    [Fact]
    public void CannotBeFrozenWithoutGradeBands()
    {
        var scheme = TestSchemes.Blank();

        var act = () => scheme.Freeze(LineFactory.At);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.bands.missing");
        scheme.State.Should().Be(SchemeState.Draft);
    }

    [Fact]
    public void ChangesItsConcurrencyStampOnEveryEdit()
    {
        var scheme = TestSchemes.Township000();
        var before = scheme.ConcurrencyStamp;

        scheme.AddItem(new ItemDefinition("B09", "New bonus", ItemKind.Bonus, 1, 1));

        scheme.ConcurrencyStamp.Should().NotBe(before);
    }
}
