using PartyScoring.Domain.Organisations;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>
/// county 1 → township 4 → branch 9 → party group 12, plus township 40 (whose path shares the prefix "/1/4")
/// and its branch 41; ids and paths as the store would set them.
/// </summary>
internal sealed class OrganisationTreeBuilder
{
    public Organisation County { get; }
    public Organisation Township { get; }
    public Organisation Branch { get; }
    public Organisation PartyGroup { get; }
    public Organisation OtherTownship { get; }
    public Organisation OtherBranch { get; }

    public OrganisationTreeBuilder()
    {
        County = Saved(Organisation.CreateCounty("County"), 1);
        Township = Saved(County.AddChild("Township", OrganisationKind.Township), 4);
        Branch = Saved(Township.AddChild("Village branch", OrganisationKind.Branch, BranchField.Rural), 9);
        PartyGroup = Saved(Branch.AddChild("Group 1", OrganisationKind.PartyGroup), 12);
        OtherTownship = Saved(County.AddChild("Other township", OrganisationKind.Township), 40);
        OtherBranch = Saved(OtherTownship.AddChild("Other branch", OrganisationKind.Branch, BranchField.Community), 41);
    }

    private static Organisation Saved(Organisation organisation, int id)
    {
        Ids.Assign(organisation, id);
        organisation.AssignPath();
        return organisation;
    }
}
