namespace PartyScoring.Domain.Quarters;

/// <summary>Where a branch's quarter sheet is in the cycle of SPEC 5.</summary>
public enum SheetState
{
    Draft = 1,
    InitialReview = 2,
    MeetingConfirmed = 3,
    Submitted = 4,
    Approved = 5,
    PublicNotice = 6,
    Final = 7,
}
