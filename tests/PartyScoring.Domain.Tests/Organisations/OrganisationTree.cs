using PartyScoring.Domain.Common;
using PartyScoring.Domain.Organisations;

namespace PartyScoring.Domain.Tests.Organisations;

/// <summary>SPEC 2: county → township → (general branch) → branch → (party group); a branch has a field (领域).</summary>
public class OrganisationTree
{
    private static Organisation Node(OrganisationKind kind) => kind switch
    {
        OrganisationKind.County => Organisation.CreateCounty("County"),
        OrganisationKind.Township => Node(OrganisationKind.County).AddChild("Township", kind),
        OrganisationKind.GeneralBranch => Node(OrganisationKind.Township).AddChild("General branch", kind),
        OrganisationKind.Branch => Node(OrganisationKind.Township).AddChild("Branch", kind, BranchField.Rural),
        _ => Node(OrganisationKind.Branch).AddChild("Party group", kind),
    };

    [Theory]
    [InlineData(OrganisationKind.County, OrganisationKind.Township)]
    [InlineData(OrganisationKind.Township, OrganisationKind.GeneralBranch)]
    [InlineData(OrganisationKind.Township, OrganisationKind.Branch)]
    [InlineData(OrganisationKind.GeneralBranch, OrganisationKind.Branch)]
    [InlineData(OrganisationKind.Branch, OrganisationKind.PartyGroup)]
    public void AcceptsTheAllowedChildren(OrganisationKind parent, OrganisationKind child)
    {
        var node = Node(parent).AddChild("Child", child, BranchField.Community);

        node.Kind.Should().Be(child);
        node.Parent!.Kind.Should().Be(parent);
    }

    [Theory]
    [InlineData(OrganisationKind.County, OrganisationKind.Branch)]
    [InlineData(OrganisationKind.Township, OrganisationKind.Township)]
    [InlineData(OrganisationKind.Township, OrganisationKind.PartyGroup)]
    [InlineData(OrganisationKind.GeneralBranch, OrganisationKind.GeneralBranch)]
    [InlineData(OrganisationKind.Branch, OrganisationKind.Branch)]
    [InlineData(OrganisationKind.PartyGroup, OrganisationKind.PartyGroup)]
    public void RefusesAnyOtherChild(OrganisationKind parent, OrganisationKind child)
    {
        var act = () => Node(parent).AddChild("Child", child, BranchField.Community);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("organisation.kind");
    }

    [Fact]
    public void RequiresAFieldForABranch()
    {
        var act = () => Node(OrganisationKind.Township).AddChild("Branch", OrganisationKind.Branch);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("organisation.field");
    }

    [Fact]
    public void KeepsTheBranchsField()
    {
        Node(OrganisationKind.Township).AddChild("Retirees", OrganisationKind.Branch, BranchField.Retired)
            .Field.Should().Be(BranchField.Retired);
    }

    [Fact]
    public void GivesOnlyBranchesAField()
    {
        Node(OrganisationKind.Township).AddChild("General branch", OrganisationKind.GeneralBranch, BranchField.Rural)
            .Field.Should().BeNull();
    }
}
