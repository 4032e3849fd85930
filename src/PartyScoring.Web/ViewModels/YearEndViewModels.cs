using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Web.ViewModels;

public sealed record YearEndOverviewRow(int BranchId, string BranchName, int? RegisterId, YearEndState? State, DateOnly Deadline,
    bool Overdue, bool? TalksOpen, int TalksPending);

public sealed record YearEndOverviewViewModel(int Year, IReadOnlyList<YearEndOverviewRow> Rows);

public sealed record YearEndEntryViewModel(int MemberId, string Name, YearEndSection Section, bool Probationary, decimal Base,
    decimal Duty, decimal Bonus, decimal Deductions, decimal? EvaluationScore, decimal Total, bool Vetoed, int? Rank, Grade? Grade);

public sealed record YearEndTransitionViewModel(YearEndAction Action, YearEndState From, YearEndState To, string By, DateTimeOffset At, string? Comment);

public sealed record VoteRowViewModel(int MemberId, string Name, string? Good, string? Medium, string? Poor, string? Voters, string? Error);

public sealed record YearEndObjectionViewModel(long Id, int MemberId, string MemberName, string Reason, DateTimeOffset RaisedAt,
    ObjectionState State, string? Decision);

public sealed record YearEndRegisterViewModel(
    int RegisterId, int BranchId, string BranchName, int Year, YearEndState State, Guid ConcurrencyStamp,
    DateTimeOffset? NoticeClosesAt, int? SchemeId, int? SchemeVersion, DateOnly Deadline, bool Overdue,
    IReadOnlyList<YearEndTransitionViewModel> Transitions, IReadOnlyList<YearEndEntryViewModel> Entries,
    IReadOnlyList<YearEndAction> Actions, bool CanEnterVotes, IReadOnlyList<VoteRowViewModel> Votes,
    IReadOnlyList<YearEndObjectionViewModel> Objections, bool CanDecide)
{
    public string? Error { get; init; }
    public string? Comment { get; init; }
}

public sealed record NoticeEntryViewModel(int MemberId, string Name, YearEndSection Section, decimal Total, Grade? Grade);

public sealed record YearEndNoticeViewModel(int RegisterId, string BranchName, int Year, YearEndState State, DateTimeOffset? NoticeClosesAt,
    bool WindowOpen, IReadOnlyList<NoticeEntryViewModel> Entries, int? OwnMemberId, IReadOnlyList<YearEndObjectionViewModel> OwnObjections)
{
    public string? Error { get; init; }
    public string? Reason { get; init; }
}

public sealed record TalkRowViewModel(int MemberId, string Name, decimal HalfYearTotal, IReadOnlyList<HalfYearTalk> Talks);

public sealed record TalksViewModel(int BranchId, string BranchName, int Year, bool SecondQuarterFinal, decimal? Threshold,
    IReadOnlyList<TalkRowViewModel> Rows, bool CanRecord)
{
    public string? Error { get; init; }
    public PartyScoring.Infrastructure.YearEnd.TalkInput? Form { get; init; }
}

public sealed record ResultMemberViewModel(int MemberId, string Name, decimal Total, Grade? Grade, int? Rank, bool TwoYearsUnqualified,
    UnqualifiedHandling? Handling, bool HandlingOverdue);

/// <summary>Where results come from: the archived register, the register's notice snapshot, or the engine on confirmed data.</summary>

public sealed record YearEndResultsViewModel(int BranchId, string BranchName, int Year, ResultSource Source, ResultSource PreviousSource,
    bool CanRecord,
    IReadOnlyList<ResultMemberViewModel> Recommended, IReadOnlyList<ResultMemberViewModel> Unqualified,
    IReadOnlyList<ResultMemberViewModel> Probationary, IReadOnlyList<TalkRowViewModel> Talks)
{
    public string? Error { get; init; }
    /// <summary>A refused handling step as typed, shown again in its member's form.</summary>
    public PartyScoring.Infrastructure.YearEnd.HandlingInput? Handling { get; init; }
}

public sealed record TownshipRecommendationRow(int BranchId, string BranchName, ResultSource Source, ResultMemberViewModel Member);
