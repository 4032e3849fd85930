namespace PartyScoring.Domain.Evidence;

/// <summary>What evidence may be: a photo, a scanned document, or a short video (seed 000: 影视资料 for the volunteer day).</summary>
public enum EvidenceKind
{
    Image = 1,
    Pdf = 2,
    Video = 3,
}
