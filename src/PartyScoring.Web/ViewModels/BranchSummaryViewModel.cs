using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Web.ViewModels;

/// <summary>A branch at a glance for the township office: roster counts and this year's figures.</summary>
public sealed record BranchSummaryViewModel(
    int Id,
    string Name,
    BranchField? Field,
    int Graded,
    int Probationary,
    int Activists,
    int Exempt,
    decimal? AverageTotal,
    int Excellent,
    int Unqualified)
{
    public static BranchSummaryViewModel From(BranchYear b) => new(
        b.Branch.Id, b.Branch.Name, b.Branch.Field,
        b.Result.Graded.Count,
        b.Result.Graded.Count(r => r.Member.Status == MembershipStatus.Probationary),
        b.Result.Activists.Count,
        b.Result.Exempt.Count,
        b.Result.Graded.Count == 0 ? null : Domain.Common.Points.Round(b.Result.Graded.Average(r => r.Points.Total)),
        b.Result.Graded.Count(r => r.Grade == Grade.Excellent),
        b.Result.Graded.Count(r => r.Grade == Grade.Unqualified));
}
