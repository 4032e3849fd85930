namespace PartyScoring.Domain.YearEnd;

/// <summary>Where a branch's year end (年终一汇总) is: Draft → PublicNotice → Submitted → Approved → Archived (frozen).</summary>
public enum YearEndState
{
    Draft = 1,
    PublicNotice = 2,
    Submitted = 3,
    Approved = 4,
    Archived = 5,
}

public enum YearEndAction
{
    OpenNotice = 1,
    Submit = 2,
    Approve = 3,
    Return = 4,
    Archive = 5,
    /// <summary>An upheld objection recomputed the snapshot during the notice.</summary>
    Recompute = 6,
}

/// <summary>Which list of the register a member is on (exempt members and activists are apart, SPEC 4).</summary>
public enum YearEndSection
{
    Graded = 1,
    Exempt = 2,
    Activist = 3,
}
