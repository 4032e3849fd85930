namespace PartyScoring.Domain.Quarters;

public enum ObjectionState
{
    Open = 1,
    /// <summary>The secretary passed it to the township office to decide.</summary>
    Escalated = 2,
    /// <summary>Upheld: the system wrote the correcting line.</summary>
    Upheld = 3,
    /// <summary>Rejected with a written reason the member sees.</summary>
    Rejected = 4,
}
