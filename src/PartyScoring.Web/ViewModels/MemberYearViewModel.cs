using PartyScoring.Domain.Members;

namespace PartyScoring.Web.ViewModels;

public sealed record MemberYearViewModel(
    int MemberId,
    string Name,
    string BranchName,
    MembershipStatus Status,
    MemberCategory Category,
    string? MaskedPhone,
    bool IsMobile,
    int Year,
    string SchemeName,
    int SchemeVersion,
    int GradedInBranch,
    MemberRowViewModel Row,
    IReadOnlyList<LedgerLineViewModel> Lines,
    IReadOnlyList<int> Years);
