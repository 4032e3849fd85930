using PartyScoring.Domain.Common;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Organisations;

/// <summary>Issue 13 §2: an organisation moves with its subtree and is closed, never deleted.</summary>
public class MovingAndClosing
{
    private readonly OrganisationTreeBuilder _tree = new();

    [Fact]
    public void AMovedBranchTakesItsNewParentsPathAndItsPartyGroupFollows()
    {
        var oldPath = _tree.Branch.Path;

        _tree.Branch.MoveTo(_tree.OtherTownship);
        _tree.PartyGroup.ReplacePathPrefix(oldPath, _tree.Branch.Path);

        _tree.Branch.Path.Should().Be("/1/40/9/");
        _tree.Branch.ParentId.Should().Be(40);
        _tree.PartyGroup.Path.Should().Be("/1/40/9/12/");
        _tree.PartyGroup.IsWithin(_tree.OtherTownship).Should().BeTrue();
    }

    [Fact]
    public void AnOrganisationCannotMoveBelowItselfOrUnderAParentOfTheWrongKind()
    {
        FluentActions.Invoking(() => _tree.Township.MoveTo(_tree.Branch)).Should().Throw<DomainException>().Which.Code.Should().Be("organisation.move.below");
        FluentActions.Invoking(() => _tree.Branch.MoveTo(_tree.OtherBranch)).Should().Throw<DomainException>().Which.Code.Should().Be("organisation.kind");
        FluentActions.Invoking(() => _tree.County.MoveTo(_tree.Township)).Should().Throw<DomainException>();
    }

    [Fact]
    public void AClosedOrganisationKeepsItsPlaceButTakesNoChildrenAndClosesOnce()
    {
        _tree.PartyGroup.Close(new DateOnly(2026, 6, 30));

        _tree.PartyGroup.ClosedOn.Should().Be(new DateOnly(2026, 6, 30));
        _tree.PartyGroup.Path.Should().Be("/1/4/9/12/");
        FluentActions.Invoking(() => _tree.PartyGroup.Close(new DateOnly(2026, 7, 1))).Should().Throw<DomainException>();
        _tree.Branch.Close(new DateOnly(2026, 6, 30));
        FluentActions.Invoking(() => _tree.Branch.AddChild("New group", OrganisationKind.PartyGroup)).Should().Throw<DomainException>()
            .Which.Code.Should().Be("organisation.closed");
        FluentActions.Invoking(() => _tree.County.Close(new DateOnly(2026, 6, 30))).Should().Throw<DomainException>();
    }
}
