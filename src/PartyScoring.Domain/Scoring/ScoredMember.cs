using PartyScoring.Domain.Members;

namespace PartyScoring.Domain.Scoring;

/// <summary>A member as the annual computation sees them.</summary>
public sealed record ScoredMember(int Id, string Name, MembershipStatus Status, bool IsExempt)
{
    public static ScoredMember From(Member member, int year) => new(member.Id, member.Name, member.Status, member.IsExemptIn(year));

    /// <summary>Graded with the branch: not exempt, not an activist (seed 002 三(二)).</summary>
    public bool IsGraded => !IsExempt && Status != MembershipStatus.Activist;
}
