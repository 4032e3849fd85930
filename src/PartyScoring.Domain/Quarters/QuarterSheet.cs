using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Quarters;

/// <summary>
/// 季度积分表: one per branch and quarter, taking the quarter's ledger lines through SPEC 5:
/// Draft → InitialReview → MeetingConfirmed → Submitted → Approved (or back to Draft with a reason)
/// → PublicNotice → Final. Every step is a <see cref="SheetTransition"/>; a Final sheet never changes.
/// </summary>
public class QuarterSheet
{
    private readonly List<SheetTransition> _transitions = [];

    private QuarterSheet() { }

    public QuarterSheet(int branchId, int year, int quarter)
    {
        if (!CalendarQuarter.IsValidNumber(quarter))
            throw new DomainException("sheet.quarter", "quarter is 1–4");
        if (!ReportingYear.IsValid(year))
            throw new DomainException("sheet.year", "year out of range");
        BranchId = branchId;
        Year = year;
        Quarter = quarter;
        State = SheetState.Draft;
    }

    public int Id { get; private set; }
    public int BranchId { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public SheetState State { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public DateOnly? MeetingDate { get; private set; }
    public int? MeetingAttended { get; private set; }
    public int? MeetingEligible { get; private set; }
    public DateTimeOffset? NoticeOpensAt { get; private set; }
    public DateTimeOffset? NoticeClosesAt { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<SheetTransition> Transitions => _transitions;

    public bool IsFinal => State == SheetState.Final;
    public bool IsEditable => State == SheetState.Draft;

    /// <summary>The last day of the quarter: a sheet not approved by then is overdue (SPEC 5).</summary>
    public DateOnly QuarterEnd => new CalendarQuarter(Year, Quarter).End;

    public bool IsNoticeWindowOpen(DateTimeOffset at) => State == SheetState.PublicNotice && at < NoticeClosesAt;

    /// <summary>The grid and single lines change only while the sheet is a draft.</summary>
    public void EnsureEditable()
    {
        if (State == SheetState.Final)
            throw new DomainException("sheet.final", "a final sheet is read-only");
        if (State != SheetState.Draft)
            throw new DomainException("sheet.locked", "only a draft sheet can be edited");
    }

    /// <summary>Marks the lines as changed through this sheet, so that two saves of the same grid conflict.</summary>
    public void MarkEdited() { EnsureEditable(); Touch(); }

    public void SendToReview(SheetActor actor, string by, DateTimeOffset at) =>
        Move(SheetAction.SendToReview, actor, SheetState.InitialReview, by, at, null);

    public void AcceptReview(SheetActor actor, string by, DateTimeOffset at, string? comment)
    {
        Move(SheetAction.AcceptReview, actor, SheetState.InitialReview, by, at, comment);
        ReviewedBy = by;
        ReviewedAt = at;
    }

    public void SendBack(SheetActor actor, string by, DateTimeOffset at, string comment)
    {
        Move(SheetAction.SendBack, actor, SheetState.Draft, by, at, Guard.Text(comment, SheetTransition.CommentMaxLength, "sheet.comment"));
        ClearReview();
    }

    public void ConfirmMeeting(SheetActor actor, string by, DateTimeOffset at, DateOnly meetingDate, int attended, int eligible, string? comment)
    {
        Check(SheetAction.ConfirmMeeting, actor);
        if (ReviewedAt is null)
            throw new DomainException("sheet.review.missing", "the evaluation group has not accepted the draft");
        if (eligible < 1 || attended < 1 || attended > eligible)
            throw new DomainException("sheet.meeting.attendance", "attendance must be between 1 and the members eligible");
        if (meetingDate > DateOnly.FromDateTime(at.Date) || meetingDate.Year < Year)
            throw new DomainException("sheet.meeting.date", "the meeting date is not in the future nor before the year");
        Move(SheetAction.ConfirmMeeting, actor, SheetState.MeetingConfirmed, by, at, comment);
        MeetingDate = meetingDate;
        MeetingAttended = attended;
        MeetingEligible = eligible;
    }

    public void Submit(SheetActor actor, string by, DateTimeOffset at) =>
        Move(SheetAction.Submit, actor, SheetState.Submitted, by, at, null);

    public void Return(SheetActor actor, string by, DateTimeOffset at, string reason)
    {
        Move(SheetAction.Return, actor, SheetState.Draft, by, at, Guard.Text(reason, SheetTransition.CommentMaxLength, "sheet.reason"));
        ClearReview();
        MeetingDate = null;
        MeetingAttended = MeetingEligible = null;
    }

    /// <summary>
    /// Township approval: the quarter's draft lines (and the clerk's office-review lines) become confirmed,
    /// the scheme version is frozen, and the system opens the public notice window at once.
    /// </summary>
    public void Approve(SheetActor actor, string by, DateTimeOffset at, string? comment, IEnumerable<LedgerLine> lines, ScoringScheme scheme)
    {
        Check(SheetAction.Approve, actor);
        var own = lines.ToList();
        if (own.Any(l => l.BranchId != BranchId || l.Year != Year || l.Quarter != Quarter))
            throw new ArgumentException("A line does not belong to this sheet.", nameof(lines));
        if (scheme.Year != Year)
            throw new ArgumentException("The scheme is not this year's.", nameof(scheme));
        Move(SheetAction.Approve, actor, SheetState.Approved, by, at, comment);
        foreach (var line in own.Where(l => l.State == LedgerLineState.Draft
                                            || (l.State == LedgerLineState.Pending && l.Source != LedgerSource.MemberDeclaration)))
            line.Confirm(by, at);
        scheme.Freeze(at);
        Move(SheetAction.OpenNotice, SheetActor.System, SheetState.PublicNotice, "system", at, null);
        NoticeOpensAt = at;
        NoticeClosesAt = at.AddDays(scheme.NoticeDays);
    }

    /// <summary>The system closes the notice: only once the window has passed and no objection is open.</summary>
    public void Finalise(DateTimeOffset at, int openObjections)
    {
        Check(SheetAction.Finalise, SheetActor.System);
        if (at < NoticeClosesAt)
            throw new DomainException("sheet.notice.open", "the notice window has not closed yet");
        if (openObjections > 0)
            throw new DomainException("sheet.objections.open", "an objection is still open");
        Move(SheetAction.Finalise, SheetActor.System, SheetState.Final, "system", at, null);
    }

    public bool CanFinalise(DateTimeOffset at, int openObjections) =>
        State == SheetState.PublicNotice && at >= NoticeClosesAt && openObjections == 0;

    private void Move(SheetAction action, SheetActor actor, SheetState to, string by, DateTimeOffset at, string? comment)
    {
        Check(action, actor);
        var transition = new SheetTransition(action, State, to, by, at, comment);
        _transitions.Add(transition);
        State = to;
        Touch();
    }

    private void Check(SheetAction action, SheetActor actor)
    {
        if (State == SheetState.Final)
            throw new DomainException("sheet.final", "a final sheet is read-only");
        if (!SheetRules.MayAct(actor, action))
            throw new DomainException("sheet.forbidden", $"{actor} may not {action}");
        if (SheetRules.From(action) != State)
            throw new DomainException("sheet.state", $"{action} is not possible from {State}");
    }

    private void ClearReview()
    {
        ReviewedBy = null;
        ReviewedAt = null;
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
