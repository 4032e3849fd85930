namespace PartyScoring.Domain.Members;

/// <summary>Grounds for 不纳入积分管理 (seed 002 三(二)).</summary>
public enum ExemptionReason
{
    AgedSeventyOrMore = 1,
    Frail = 2,
    LongTermIllness = 3,
    Immobile = 4,
}
