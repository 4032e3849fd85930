namespace PartyScoring.Domain.Members;

/// <summary>Member category used by the statistics tables (seed 002: 机关/社区/学校/两新, plus 农村).</summary>
public enum MemberCategory
{
    Government = 1,
    Community = 2,
    School = 3,
    NewEconomicAndSocial = 4,
    Rural = 5,
}
