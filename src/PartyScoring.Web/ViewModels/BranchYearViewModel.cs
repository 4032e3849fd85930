using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Web.ViewModels;

public sealed record BranchYearViewModel(
    int BranchId,
    string BranchName,
    int Year,
    string SchemeName,
    int SchemeVersion,
    int QuotaPlaces,
    IReadOnlyList<MemberRowViewModel> Graded,
    IReadOnlyList<MemberRowViewModel> Activists,
    IReadOnlyList<MemberRowViewModel> Exempt)
{
    public static BranchYearViewModel From(BranchYear b) => new(
        b.Branch.Id, b.Branch.Name, b.Year, b.Scheme.Name, b.Scheme.Version, b.Result.ExcellentQuotaPlaces,
        b.Result.Graded.Select(MemberRowViewModel.From).ToList(),
        b.Result.Activists.Select(MemberRowViewModel.From).ToList(),
        b.Result.Exempt.Select(MemberRowViewModel.From).ToList());
}
