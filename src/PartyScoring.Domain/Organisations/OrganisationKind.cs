namespace PartyScoring.Domain.Organisations;

/// <summary>Levels of the organisation tree: county → township → (general branch) → branch → (party group).</summary>
public enum OrganisationKind
{
    County = 1,
    Township = 2,
    GeneralBranch = 3,
    Branch = 4,
    PartyGroup = 5,
}
