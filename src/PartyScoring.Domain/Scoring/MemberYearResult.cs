using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Scoring;

/// <summary>
/// One member's annual result. <see cref="Grade"/> and <see cref="Rank"/> are null for exempt members and activists,
/// who are listed separately and never graded with the branch.
/// </summary>
public sealed record MemberYearResult(ScoredMember Member, MemberPoints Points, Grade? Grade, int? Rank)
{
    public IReadOnlyList<ComputationNote> Notes { get; init; } = Points.Notes;
}

/// <summary>A branch's annual computation, with the scheme version it used so it recomputes the same way later.</summary>
public sealed record BranchYearResult(
    int SchemeId,
    int SchemeVersion,
    IReadOnlyList<MemberYearResult> Graded,
    IReadOnlyList<MemberYearResult> Exempt,
    IReadOnlyList<MemberYearResult> Activists,
    int ExcellentQuotaPlaces);
