using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// 软弱涣散党组织整顿 (seed 001 六.3): a branch at two stars or below goes on the township's list and stays there,
/// with its measures, responsible person, deadline and progress, until the office closes it.
/// </summary>
public class Rectification
{
    public const int TextMaxLength = 500;
    public const int PersonMaxLength = 50;

    private readonly List<RectificationProgress> _progress = [];

    private Rectification() { }

    public Rectification(BranchRating rating)
    {
        if (!StarRules.NeedsRectification(rating.Stars) || rating.Stage < RatingStage.Fixed)
            throw new DomainException("rectification.stars", "only branches fixed at two stars or below are listed");
        BranchId = rating.BranchId;
        TownshipId = rating.TownshipId;
        Year = rating.Year;
        Stars = rating.Stars;
    }

    public int Id { get; private set; }
    public int BranchId { get; private set; }
    public int TownshipId { get; private set; }
    public int Year { get; private set; }
    public int Stars { get; private set; }
    public string? Measures { get; private set; }
    public string? ResponsiblePerson { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<RectificationProgress> Progress => _progress;
    public bool IsClosed => ClosedAt is not null;

    public void Plan(string measures, string responsiblePerson, DateOnly deadline)
    {
        RequireOpen();
        Measures = Guard.Text(measures, TextMaxLength, "rectification.measures");
        ResponsiblePerson = Guard.Text(responsiblePerson, PersonMaxLength, "rectification.person");
        if (deadline.Year < Year)
            throw new DomainException("rectification.deadline", "the deadline is after the rating year began");
        Deadline = deadline;
        Touch();
    }

    public void Report(string note, string actor, DateTimeOffset at)
    {
        RequireOpen();
        _progress.Add(new RectificationProgress(note, actor, at));
        Touch();
    }

    /// <summary>Closed only once measures are set and at least one progress report is on file.</summary>
    public void Close(string actor, DateTimeOffset at)
    {
        RequireOpen();
        if (Measures is null || _progress.Count == 0)
            throw new DomainException("rectification.close", "measures and progress are needed before closing");
        ClosedBy = Guard.Text(actor, RatingStep.ActorMaxLength, "rating.actor");
        ClosedAt = at;
        Touch();
    }

    private void RequireOpen()
    {
        if (IsClosed)
            throw new DomainException("rectification.closed", "the rectification is closed");
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}

public class RectificationProgress
{
    private RectificationProgress() { Note = string.Empty; Actor = string.Empty; }

    internal RectificationProgress(string note, string actor, DateTimeOffset at)
    {
        Note = Guard.Text(note, Rectification.TextMaxLength, "rectification.progress");
        Actor = Guard.Text(actor, RatingStep.ActorMaxLength, "rating.actor");
        At = at;
    }

    public int Id { get; private set; }
    public string Note { get; private set; }
    public string Actor { get; private set; }
    public DateTimeOffset At { get; private set; }
}
