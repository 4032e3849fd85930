namespace PartyScoring.Domain.Members;

public enum MembershipStatus
{
    /// <summary>正式党员</summary>
    Full = 1,
    /// <summary>预备党员 — graded with full members; results feed the conversion review.</summary>
    Probationary = 2,
    /// <summary>入党积极分子 — scored with the same items but never graded with members (seed 002).</summary>
    Activist = 3,
}
