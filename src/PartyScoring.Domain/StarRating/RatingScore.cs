using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// A branch's score on one item: what the secretary claimed (with a note and optional evidence) and what
/// counts after the township's evaluation (with the reason for any change).
/// </summary>
public class RatingScore
{
    public const int NoteMaxLength = 500;

    private RatingScore() { }

    internal RatingScore(int itemId, decimal selfPoints, string? note, string? evidence)
    {
        ItemId = itemId;
        SelfPoints = selfPoints;
        Points = selfPoints;
        SelfNote = Guard.OptionalText(note, NoteMaxLength, "rating.score.note");
        Evidence = Guard.OptionalText(evidence, NoteMaxLength, "rating.score.evidence");
    }

    public int ItemId { get; private set; }
    public decimal SelfPoints { get; private set; }
    public string? SelfNote { get; private set; }
    public string? Evidence { get; private set; }
    /// <summary>The points that count: the self-evaluation until the township changes them.</summary>
    public decimal Points { get; private set; }
    public string? ChangeReason { get; private set; }

    internal void ChangeByTownship(decimal points, string? reason)
    {
        ChangeReason = points == SelfPoints ? Guard.OptionalText(reason, NoteMaxLength, "rating.score.reason")
            : Guard.Text(reason, NoteMaxLength, "rating.score.reason");
        Points = points;
    }

    /// <summary>The error code for a score on this item, or null when it is allowed.</summary>
    public static string? Validate(RatingItem item, decimal points) => Validate(item.Kind, item.Points, points);

    /// <summary>The same check from an item's kind and points, for forms that show one message per row.</summary>
    public static string? Validate(RatingItemKind kind, decimal itemPoints, decimal points)
    {
        if (!Common.Points.HasValidScale(points))
            return "rating.score.scale";
        return kind switch
        {
            RatingItemKind.Base or RatingItemKind.Bonus when points < 0 || points > itemPoints => "rating.score.range",
            // Each occurrence takes at least the item's points (≥ 20); several occurrences add up.
            RatingItemKind.Deduction when points != 0 && (points < itemPoints || points > StarRules.BasePoints) => "rating.deduction.minimum",
            _ => null,
        };
    }
}

/// <summary>A recorded step of the procedure: who did what, when, with which note.</summary>
public class RatingStep
{
    public const int ActorMaxLength = 100;
    public const int NoteMaxLength = 500;

    private RatingStep() { Actor = string.Empty; }

    internal RatingStep(RatingStage stage, string actor, DateTimeOffset at, string? note)
    {
        Stage = stage;
        Actor = Guard.Text(actor, ActorMaxLength, "rating.actor");
        At = at;
        Note = Guard.OptionalText(note, NoteMaxLength, "rating.step.note");
    }

    public int Id { get; private set; }
    /// <summary>The stage the rating reached with this step.</summary>
    public RatingStage Stage { get; private set; }
    public string Actor { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
}

/// <summary>The input for one item: points, and the note (self-evaluation) or reason (township evaluation).</summary>
public sealed record ScoreInput(decimal Points, string? Text, string? Evidence = null);
