namespace PartyScoring.Domain.Members;

public enum ExemptionState
{
    Applied = 1,
    BranchApproved = 2,
    /// <summary>Filed with the township: only now does the exemption take effect.</summary>
    Filed = 3,
    Rejected = 4,
}
