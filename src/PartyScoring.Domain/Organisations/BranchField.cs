namespace PartyScoring.Domain.Organisations;

/// <summary>A branch's field (领域), used for statistics and star-rating guidance.</summary>
public enum BranchField
{
    Rural = 1,
    Community = 2,
    Government = 3,
    School = 4,
    NewEconomicAndSocial = 5,
    Retired = 6,
}
