namespace PartyScoring.Domain.Quarters;

public enum SheetAction
{
    /// <summary>The clerk hands the draft to the evaluation group.</summary>
    SendToReview = 1,
    /// <summary>The evaluation group accepts the draft.</summary>
    AcceptReview = 2,
    /// <summary>The evaluation group sends the draft back with a comment.</summary>
    SendBack = 3,
    /// <summary>The secretary records the member meeting (date, attendance) that confirmed the sheet.</summary>
    ConfirmMeeting = 4,
    Submit = 5,
    Approve = 6,
    /// <summary>The township office returns the sheet to draft with a reason.</summary>
    Return = 7,
    OpenNotice = 8,
    Finalise = 9,
}
