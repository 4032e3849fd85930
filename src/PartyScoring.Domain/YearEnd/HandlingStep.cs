namespace PartyScoring.Domain.YearEnd;

/// <summary>Steps of the handling of an 不合格 member (seed 002 结果运用; seed 003 限期整改, 劝退, 除名).</summary>
public enum HandlingStepKind
{
    /// <summary>谈话</summary>
    Talk = 1,
    /// <summary>限期整改, with a deadline</summary>
    Rectification = 2,
    /// <summary>组织处置 (e.g. 限期改正, 劝退, 除名)</summary>
    OrganisationalDecision = 3,
    /// <summary>跟踪回访</summary>
    FollowUp = 4,
}

public class HandlingStep
{
    private HandlingStep() { Text = string.Empty; RecordedBy = string.Empty; }

    internal HandlingStep(HandlingStepKind kind, DateOnly on, string text, DateOnly? deadline, string recordedBy)
    {
        Kind = kind;
        On = on;
        Text = text;
        Deadline = deadline;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public int HandlingId { get; private set; }
    public HandlingStepKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Text { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string RecordedBy { get; private set; }
}
