using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.ViewModels;

public sealed record SheetHeaderViewModel(int SheetId, int BranchId, string BranchName, int Year, int Quarter, SheetState State,
    Guid ConcurrencyStamp, DateTimeOffset? NoticeClosesAt)
{
    /// <summary>The evaluation group has passed the sheet (初审通过); it stays in review until the member meeting.</summary>
    public bool Reviewed { get; init; }

    /// <summary>The badge's resource key: a reviewed sheet no longer waits for the evaluation group.</summary>
    public string StateKey => State == SheetState.InitialReview && Reviewed ? "SheetState_Reviewed" : "SheetState_" + State;
}

public sealed record TransitionViewModel(SheetAction Action, SheetState From, SheetState To, string By, DateTimeOffset At, string? Comment);

/// <summary>One member's figures for the quarter: engine totals, no reasons.</summary>
public sealed record QuarterRowViewModel(int MemberId, string Name, decimal QuarterTotal, decimal YearTotal, Grade? Grade)
{
    /// <summary>The quota's tie rule decided this member's grade (tied on the last 优秀 place): the notice says why.</summary>
    public Domain.Scoring.ComputationNoteKind? QuotaTie { get; init; }
}

public sealed record SheetLineViewModel(long Id, int MemberId, string MemberName, string ItemName, ItemKind Kind, decimal Points,
    string Description, LedgerLineState State, bool IsCorrection)
{
    /// <summary>Evidence files attached to the line (links to the scoped download).</summary>
    public IReadOnlyList<Guid> Evidence { get; init; } = [];
    /// <summary>The evaluation group's comment if it sent this line back.</summary>
    public string? ReviewComment { get; init; }
}

public sealed record ObjectionViewModel(long Id, string MemberName, string LineText, decimal LinePoints, string Reason,
    ObjectionState State, string? Decision, string? DecidedBy);

/// <summary>The sheet page: header, timeline, the buttons this user may press, the lines for review, objections.</summary>
public sealed record QuarterSheetViewModel(
    SheetHeaderViewModel Sheet,
    IReadOnlyList<TransitionViewModel> Timeline,
    IReadOnlyList<SheetAction> Actions,
    DateOnly? MeetingDate,
    int? MeetingAttended,
    int? MeetingEligible,
    IReadOnlyList<QuarterRowViewModel> Rows,
    IReadOnlyList<SheetLineViewModel> Lines,
    IReadOnlyList<ObjectionViewModel> Objections,
    bool CanDecideObjections)
{
    public string? Error { get; init; }
    public string? Success { get; init; }
    public SheetTransitionForm Form { get; init; } = new();
    /// <summary>Members' declarations of this quarter still waiting for a decision.</summary>
    public IReadOnlyList<DeclarationViewModel> Declarations { get; init; } = [];
}

/// <summary>What a sheet step posts.</summary>
public sealed class SheetTransitionForm
{
    public SheetAction Action { get; set; }
    public Guid ConcurrencyStamp { get; set; }
    public string? Comment { get; set; }
    public DateOnly? MeetingDate { get; set; }
    public int? Attended { get; set; }
    public int? Eligible { get; set; }
    /// <summary>With a send-back: the draft lines the evaluation group returns to the clerk.</summary>
    public List<long> LineIds { get; set; } = [];
}

/// <summary>The public notice: quarter total, year to date and provisional grade per member; for a member, their own lines.</summary>
public sealed record NoticeViewModel(
    SheetHeaderViewModel Sheet,
    bool WindowOpen,
    IReadOnlyList<QuarterRowViewModel> Rows,
    IReadOnlyList<SheetLineViewModel> OwnLines,
    IReadOnlyList<ObjectionViewModel> OwnObjections)
{
    public string? Error { get; init; }
}

public sealed record OverviewRowViewModel(int BranchId, string BranchName, int? SheetId, SheetState? State, bool Overdue,
    int OpenObjections, int PendingReviews);

public sealed record OverviewViewModel(int Year, int Quarter, IReadOnlyList<OverviewRowViewModel> Rows);
