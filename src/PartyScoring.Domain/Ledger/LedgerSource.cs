namespace PartyScoring.Domain.Ledger;

public enum LedgerSource
{
    ClerkEntry = 1,
    /// <summary>申报 by the member with evidence.</summary>
    MemberDeclaration = 2,
    /// <summary>群众证实 — confirmed by the people served (seed 002 四(二)2).</summary>
    PeopleServedConfirmation = 3,
    /// <summary>Written by the system when an objection is upheld or a line is corrected.</summary>
    Correction = 4,
}
