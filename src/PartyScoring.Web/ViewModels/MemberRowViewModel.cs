using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Web.ViewModels;

/// <summary>One member's year as a table row; every figure comes from the domain computation.</summary>
public sealed record MemberRowViewModel(
    int MemberId,
    string Name,
    MembershipStatus Status,
    decimal Base,
    decimal Duty,
    decimal Bonus,
    decimal Deductions,
    decimal? Evaluation,
    decimal Total,
    Grade? Grade,
    int? Rank,
    bool Vetoed,
    IReadOnlyList<ComputationNote> Notes)
{
    public static MemberRowViewModel From(MemberYearResult r) => new(
        r.Member.Id, r.Member.Name, r.Member.Status, r.Points.Base, r.Points.Duty, r.Points.Bonus, r.Points.Deductions,
        r.Points.EvaluationScore, r.Points.Total, r.Grade, r.Rank, r.Points.Vetoed, r.Notes);
}
