namespace PartyScoring.Domain.Scoring;

/// <summary>Why a figure is what it is, so a page can explain a result instead of just showing it.</summary>
public enum ComputationNoteKind
{
    ItemCapReached = 1,
    CategoryCapReached = 2,
    DutyCapReached = 3,
    BonusCapReached = 4,
    Vetoed = 5,
    ExcellentWithheldByQuota = 6,
    QuotaTieIncluded = 7,
    QuotaTieExcluded = 8,
}

/// <summary>A note with its subject (an item or category code) where it has one.</summary>
public sealed record ComputationNote(ComputationNoteKind Kind, string? Subject = null);
