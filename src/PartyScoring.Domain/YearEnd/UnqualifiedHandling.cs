using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.YearEnd;

/// <summary>
/// The handling record every 不合格 member gets (SPEC 6): a talk first, then rectification with a deadline and
/// any organisational decision, with follow-ups, kept open until the branch closes it with a conclusion.
/// </summary>
public class UnqualifiedHandling
{
    public const int TextMaxLength = 1000;

    private readonly List<HandlingStep> _steps = [];

    private UnqualifiedHandling() { }

    public UnqualifiedHandling(int memberId, int branchId, int year)
    {
        MemberId = memberId;
        BranchId = branchId;
        Year = year;
    }

    public int Id { get; private set; }
    public int MemberId { get; private set; }
    public int BranchId { get; private set; }
    public int Year { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public string? Conclusion { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<HandlingStep> Steps => _steps;

    public bool IsClosed => ClosedOn is not null;

    /// <summary>The rectification deadline still running, if any.</summary>
    public DateOnly? OpenDeadline => _steps.Where(s => s.Kind == HandlingStepKind.Rectification).Select(s => s.Deadline).LastOrDefault();

    public bool IsOverdue(DateOnly today) => !IsClosed && OpenDeadline is { } deadline && deadline < today;

    public HandlingStep Record(HandlingStepKind kind, DateOnly on, string text, DateOnly? deadline, string by, DateOnly today)
    {
        if (IsClosed)
            throw new DomainException("handling.closed", "a closed handling record takes no more steps");
        if (!Enum.IsDefined(kind))
            throw new DomainException("handling.kind", "unknown step");
        if (on > today)
            throw new DomainException("handling.date", "a step is recorded after it happened");
        if (_steps.Count == 0 && kind != HandlingStepKind.Talk)
            throw new DomainException("handling.talkFirst", "the branch talks with the member first");
        if (kind == HandlingStepKind.Rectification && (deadline is not { } d || d <= on))
            throw new DomainException("handling.deadline", "rectification needs a deadline after its start");
        if (kind != HandlingStepKind.Rectification && deadline is not null)
            throw new DomainException("handling.deadline", "only rectification has a deadline");
        var step = new HandlingStep(kind, on, Guard.Text(text, TextMaxLength, "handling.text"), deadline,
            Guard.Text(by, 100, "handling.by"));
        _steps.Add(step);
        ConcurrencyStamp = Guid.NewGuid();
        return step;
    }

    public void Close(DateOnly on, string conclusion, DateOnly today)
    {
        if (IsClosed)
            throw new DomainException("handling.closed", "already closed");
        if (_steps.Count == 0)
            throw new DomainException("handling.talkFirst", "a record closes only after at least a talk");
        if (on > today || on < _steps[^1].On)
            throw new DomainException("handling.date", "closing date out of order");
        Conclusion = Guard.Text(conclusion, TextMaxLength, "handling.conclusion");
        ClosedOn = on;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
