namespace PartyScoring.Domain.Members;

/// <summary>
/// Suggests members who may apply for exemption because of age. It only suggests:
/// exemption needs the member's application, branch approval and township filing (SPEC 2).
/// </summary>
public static class ExemptionAdvisor
{
    public const int AgeThreshold = 70;

    public static IReadOnlyList<Member> SuggestAgeCandidates(IEnumerable<Member> members, int year) =>
        members
            .Where(m => m.Status != MembershipStatus.Activist
                        && m.AgeReachedIn(year) >= AgeThreshold
                        && m.Exemptions.All(e => e.Year != year || e.State == ExemptionState.Rejected))
            .OrderBy(m => m.BirthDate)
            .ToList();
}
