using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Organisations;

/// <summary>SPEC 1: every query is scoped to "this organisation and everything below", a prefix match on the id path.</summary>
public class OrganisationScope
{
    private readonly OrganisationTreeBuilder _tree = new();

    [Fact]
    public void BuildsThePathFromTheRootIds()
    {
        _tree.County.Path.Should().Be("/1/");
        _tree.Branch.Path.Should().Be("/1/4/9/");
        _tree.PartyGroup.Path.Should().Be("/1/4/9/12/");
    }

    [Fact]
    public void PutsABranchWithinItsTownshipAndCounty()
    {
        _tree.Branch.IsWithin(_tree.Township).Should().BeTrue();
        _tree.Branch.IsWithin(_tree.County).Should().BeTrue();
        _tree.PartyGroup.IsWithin(_tree.Township).Should().BeTrue();
    }

    [Fact]
    public void CountsAnOrganisationWithinItself()
    {
        _tree.Township.IsWithin(_tree.Township).Should().BeTrue();
    }

    [Fact]
    public void DoesNotPutAParentWithinItsChild()
    {
        _tree.Township.IsWithin(_tree.Branch).Should().BeFalse();
    }

    [Fact]
    public void DoesNotConfuseTownshipFourWithTownshipForty()
    {
        // "/1/40/41/" starts with "/1/4" but not with "/1/4/".
        _tree.OtherBranch.IsWithin(_tree.Township).Should().BeFalse();
        _tree.Branch.IsWithin(_tree.OtherTownship).Should().BeFalse();
    }

    [Fact]
    public void PutsNothingWithinAnOrganisationWhosePathIsNotSet()
    {
        // Scope checks fail closed: an unsaved ancestor must not match everything by an empty prefix.
        var unsaved = _tree.County.AddChild("Unsaved township", OrganisationKind.Township);

        _tree.Branch.IsWithin(unsaved).Should().BeFalse();
        unsaved.IsWithin(unsaved).Should().BeFalse();
    }

    [Fact]
    public void NeedsAnIdBeforeItsPath()
    {
        var unsaved = _tree.County.AddChild("Unsaved township", OrganisationKind.Township);

        var act = () => unsaved.AssignPath();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void NeedsTheParentsPathFirst()
    {
        var township = Organisation.CreateCounty("County").AddChild("Township", OrganisationKind.Township);
        Ids.Assign(township, 5);

        var act = () => township.AssignPath();

        act.Should().Throw<InvalidOperationException>();
    }
}
