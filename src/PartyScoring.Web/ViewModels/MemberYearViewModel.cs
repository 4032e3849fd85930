using PartyScoring.Domain.Members;

namespace PartyScoring.Web.ViewModels;

public sealed record MemberYearViewModel(
    int MemberId,
    string Name,
    string BranchName,
    MembershipStatus Status,
    MemberCategory Category,
    /// <summary>In full for the member and their branch's secretary and clerk, masked for everyone else (PersonalDataAccess).</summary>
    string? Phone,
    bool IsMobile,
    int Year,
    string SchemeName,
    int SchemeVersion,
    int GradedInBranch,
    MemberRowViewModel Row,
    IReadOnlyList<LedgerLineViewModel> Lines,
    IReadOnlyList<int> Years,
    /// <summary>Whether this user may download the member's personal-data export (导出个人数据).</summary>
    bool PersonalDataExport = false,
    /// <summary>The signed-in user is this member (their own page), not staff reading it.</summary>
    bool IsOwn = false);
