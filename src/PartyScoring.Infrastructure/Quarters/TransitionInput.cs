using PartyScoring.Domain.Quarters;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>What a user sends with a sheet step: the stamp of the sheet they saw, a comment, and the meeting details.</summary>
public sealed record TransitionInput(
    SheetAction Action,
    Guid ConcurrencyStamp,
    string? Comment,
    DateOnly? MeetingDate = null,
    int? Attended = null,
    int? Eligible = null,
    IReadOnlyList<long>? LineIds = null);

/// <summary>One cell of the entry grid as typed: member × item → amount text (empty = no entry).</summary>
public sealed record GridCell(int MemberId, int ItemId, string? Value);

public enum ObjectionDecision
{
    Uphold = 1,
    Reject = 2,
    Escalate = 3,
}
