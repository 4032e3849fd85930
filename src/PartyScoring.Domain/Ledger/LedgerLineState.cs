namespace PartyScoring.Domain.Ledger;

public enum LedgerLineState
{
    /// <summary>Entered by the clerk on a draft quarter sheet; still changeable.</summary>
    Draft = 1,
    /// <summary>A member's declaration or an office-review bonus, waiting for a decision.</summary>
    Pending = 2,
    /// <summary>Counts towards the totals. From here on the line is never edited or deleted.</summary>
    Confirmed = 3,
    /// <summary>Refused with a reason; kept for the trail, never counted.</summary>
    Refused = 4,
}
