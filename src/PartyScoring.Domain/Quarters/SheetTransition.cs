using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Quarters;

/// <summary>One step in a sheet's timeline: who did what, when, with what comment.</summary>
public class SheetTransition
{
    public const int ActorMaxLength = 100;
    public const int CommentMaxLength = 500;

    private SheetTransition() { By = string.Empty; }

    internal SheetTransition(SheetAction action, SheetState from, SheetState to, string by, DateTimeOffset at, string? comment)
    {
        Action = action;
        From = from;
        To = to;
        By = Guard.Text(by, ActorMaxLength, "sheet.actor");
        At = at;
        Comment = Guard.OptionalText(comment, CommentMaxLength, "sheet.comment");
    }

    public long Id { get; private set; }
    public int SheetId { get; private set; }
    public SheetAction Action { get; private set; }
    public SheetState From { get; private set; }
    public SheetState To { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
}
