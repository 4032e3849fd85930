using System.Linq.Expressions;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Domain.YearEnd;

/// <summary>
/// 年终一汇总 for one branch and year (SPEC 6): the evaluation group enters the 民主测评 votes in Draft; the secretary
/// opens the annual notice, which snapshots every member's result with the scheme id and version used; members object
/// to their own result during the window; the secretary submits once the window has closed with no objection open;
/// the office returns (back to Draft, with a reason) or approves, and approval archives the register: frozen for good.
/// </summary>
public class YearEndRegister
{
    private readonly List<YearEndTransition> _transitions = [];
    private readonly List<YearEndEntry> _entries = [];
    private readonly List<YearEndVote> _votes = [];

    private YearEndRegister() { }

    public YearEndRegister(int branchId, int year)
    {
        if (!ReportingYear.IsValid(year))
            throw new DomainException("yearEnd.year", "year out of range");
        BranchId = branchId;
        Year = year;
        State = YearEndState.Draft;
    }

    public int Id { get; private set; }
    public int BranchId { get; private set; }
    public int Year { get; private set; }
    public YearEndState State { get; private set; }
    public int? SchemeId { get; private set; }
    public int? SchemeVersion { get; private set; }
    public int ExcellentQuotaPlaces { get; private set; }
    public DateTimeOffset? NoticeOpensAt { get; private set; }
    public DateTimeOffset? NoticeClosesAt { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<YearEndTransition> Transitions => _transitions;
    public IReadOnlyList<YearEndEntry> Entries => _entries;
    public IReadOnlyList<YearEndVote> Votes => _votes;

    /// <summary>Approved and archived registers are frozen: no request changes them (issue 4 §2).</summary>
    private static readonly YearEndState[] FrozenStates = [YearEndState.Approved, YearEndState.Archived];

    /// <summary>The frozen test as a query condition.</summary>
    public static readonly Expression<Func<YearEndRegister, bool>> Frozen = r => FrozenStates.Contains(r.State);

    public static bool IsFrozenIn(YearEndState? state) => state is { } s && FrozenStates.Contains(s);

    /// <summary>Overdue: not approved by the scheme's deadline (a branch without a register yet is overdue too).</summary>
    public static bool IsOverdueIn(YearEndState? state, DateOnly deadline, DateOnly today) => !IsFrozenIn(state) && today > deadline;

    public bool IsFrozen => IsFrozenIn(State);

    public bool IsNoticeWindowOpen(DateTimeOffset at) => State == YearEndState.PublicNotice && at < NoticeClosesAt;

    public IReadOnlyDictionary<int, EvaluationVotes> VotesByMember() => _votes.ToDictionary(v => v.MemberId, v => v.ToVotes());

    /// <summary>The evaluation group's votes for one member; only before the notice (Draft).</summary>
    public void RecordVotes(SheetActor actor, int memberId, EvaluationVotes votes)
    {
        EnsureNotFrozen();
        if (actor != SheetActor.EvaluationGroup)
            throw new DomainException("yearEnd.forbidden", "only the evaluation group enters votes");
        if (State != YearEndState.Draft)
            throw new DomainException("yearEnd.votes.locked", "votes are entered before the notice");
        SetVote(memberId, votes);
    }

    /// <summary>Stores a member's votes after the seed-003 checks (votes ≤ voters, none negative).</summary>
    private void SetVote(int memberId, EvaluationVotes votes)
    {
        var checkedVotes = EvaluationVotes.Create(votes.Good, votes.Medium, votes.Poor, votes.Voters);
        var vote = _votes.SingleOrDefault(v => v.MemberId == memberId);
        if (vote is null)
        {
            vote = new YearEndVote(memberId);
            _votes.Add(vote);
        }
        vote.Set(checkedVotes);
        Touch();
    }

    /// <summary>Opens the annual notice and snapshots the computation (done with this register's votes).</summary>
    public void OpenNotice(SheetActor actor, string by, DateTimeOffset at, BranchYearResult result, int noticeDays,
        IReadOnlySet<int> probationary)
    {
        if (noticeDays is < 1 or > 30)
            throw new DomainException("yearEnd.notice.days", "the notice lasts 1–30 days");
        Move(YearEndAction.OpenNotice, actor, by, at, null);
        Snapshot(result, probationary);
        NoticeOpensAt = at;
        NoticeClosesAt = at.AddDays(noticeDays);
    }

    /// <summary>An upheld objection changed a vote or a line: the snapshot is computed again, the window unchanged.</summary>
    public void Recompute(string by, DateTimeOffset at, BranchYearResult result, IReadOnlySet<int> probationary, string comment)
    {
        EnsureNotFrozen();
        if (State != YearEndState.PublicNotice)
            throw new DomainException("yearEnd.state", "the snapshot is recomputed only during the notice");
        _transitions.Add(new YearEndTransition(YearEndAction.Recompute, State, State, by, at, comment));
        Snapshot(result, probationary);
        Touch();
    }

    /// <summary>Corrects a vote during the notice, for an upheld objection (the caller recomputes after).</summary>
    public void CorrectVotes(SheetActor actor, int memberId, EvaluationVotes votes)
    {
        EnsureNotFrozen();
        if (actor != SheetActor.Secretary)
            throw new DomainException("yearEnd.forbidden", "only the secretary corrects a vote on an objection");
        if (State != YearEndState.PublicNotice)
            throw new DomainException("yearEnd.state", "votes are corrected only during the notice");
        SetVote(memberId, votes);
    }

    public void Submit(SheetActor actor, string by, DateTimeOffset at, int openObjections)
    {
        Check(YearEndAction.Submit, actor);
        if (at < NoticeClosesAt)
            throw new DomainException("yearEnd.notice.open", "the notice window has not closed yet");
        if (openObjections > 0)
            throw new DomainException("yearEnd.objections.open", "an objection is still open");
        Move(YearEndAction.Submit, actor, by, at, null);
    }

    public void Return(SheetActor actor, string by, DateTimeOffset at, string reason)
    {
        var text = Guard.Text(reason, YearEndTransition.CommentMaxLength, "yearEnd.reason");
        Move(YearEndAction.Return, actor, by, at, text);
        NoticeOpensAt = NoticeClosesAt = null;
    }

    /// <summary>Township approval; the system archives the register at once, and from then on nothing changes it.</summary>
    public void Approve(SheetActor actor, string by, DateTimeOffset at, string? comment)
    {
        Move(YearEndAction.Approve, actor, by, at, comment);
        _transitions.Add(new YearEndTransition(YearEndAction.Archive, YearEndState.Approved, YearEndState.Archived, "system", at, null));
        State = YearEndState.Archived;
    }

    /// <summary>A register holds the year's record from the notice on (what queries select by, in SQL too).</summary>
    public static readonly Expression<Func<YearEndRegister, bool>> HoldsRecord = r => r.State != YearEndState.Draft;

    private static readonly Func<YearEndRegister, bool> HoldsRecordNow = HoldsRecord.Compile();

    /// <summary>
    /// The result snapshotted when the notice opened (and recomputed only by an upheld objection), as the engine's own result
    /// type: once the notice is open this is the year's record, whatever the ledger says later. Null while Draft.
    /// Entries are read in the order they were written, which is the engine's order.
    /// </summary>
    public BranchYearResult? RecordedResult()
    {
        if (!HoldsRecordNow(this) || SchemeId is not { } schemeId)
            return null;
        List<MemberYearResult> In(YearEndSection section) =>
            _entries.Where(e => e.Section == section).OrderBy(e => e.Id).Select(e => e.ToResult()).ToList();
        return new BranchYearResult(schemeId, SchemeVersion ?? 0, In(YearEndSection.Graded), In(YearEndSection.Exempt),
            In(YearEndSection.Activist), ExcellentQuotaPlaces);
    }

    public bool IsOverdue(DateOnly deadline, DateOnly today) => IsOverdueIn(State, deadline, today);

    private void Snapshot(BranchYearResult result, IReadOnlySet<int> probationary)
    {
        _entries.Clear();
        foreach (var r in result.Graded)
            _entries.Add(new YearEndEntry(YearEndSection.Graded, r, probationary.Contains(r.Member.Id)));
        foreach (var r in result.Exempt)
            _entries.Add(new YearEndEntry(YearEndSection.Exempt, r, probationary.Contains(r.Member.Id)));
        foreach (var r in result.Activists)
            _entries.Add(new YearEndEntry(YearEndSection.Activist, r, false));
        SchemeId = result.SchemeId;
        SchemeVersion = result.SchemeVersion;
        ExcellentQuotaPlaces = result.ExcellentQuotaPlaces;
    }

    private void Move(YearEndAction action, SheetActor actor, string by, DateTimeOffset at, string? comment)
    {
        Check(action, actor);
        var to = YearEndRules.To(action);
        _transitions.Add(new YearEndTransition(action, State, to, by, at, comment));
        State = to;
        Touch();
    }

    private void Check(YearEndAction action, SheetActor actor)
    {
        EnsureNotFrozen();
        if (actor != YearEndRules.ActorFor(action))
            throw new DomainException("yearEnd.forbidden", $"{actor} may not {action}");
        if (State != YearEndRules.From(action))
            throw new DomainException("yearEnd.state", $"{action} is not possible from {State}");
    }

    private void EnsureNotFrozen()
    {
        if (IsFrozen)
            throw new DomainException("yearEnd.frozen", "an approved year end is archived and frozen");
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}

/// <summary>A member's objection to their own annual result during the notice window (the quarter's mechanism, per year).</summary>
public class YearEndObjection
{
    public const int TextMaxLength = 500;

    private YearEndObjection() { Reason = string.Empty; RaisedBy = string.Empty; }

    public long Id { get; private set; }
    public int RegisterId { get; private set; }
    public int MemberId { get; private set; }
    public string Reason { get; private set; }
    public string RaisedBy { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public ObjectionState State { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Decision { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public bool IsOpen => State == ObjectionState.Open;

    public static YearEndObjection Raise(YearEndRegister register, int memberId, string reason, string by, DateTimeOffset at)
    {
        if (!register.IsNoticeWindowOpen(at))
            throw new DomainException("objection.window", "objections are taken only while the notice is up");
        if (register.Entries.All(e => e.MemberId != memberId))
            throw new DomainException("objection.own", "a member objects only to their own result");
        return new YearEndObjection
        {
            RegisterId = register.Id,
            MemberId = memberId,
            Reason = Guard.Text(reason, TextMaxLength, "objection.reason"),
            RaisedBy = Guard.Text(by, YearEndTransition.ActorMaxLength, "objection.actor"),
            RaisedAt = at,
            State = ObjectionState.Open,
        };
    }

    /// <summary>The secretary decides: upheld (the correction is made by the caller) or rejected with a reason the member sees.</summary>
    public void Decide(SheetActor actor, bool uphold, string decision, string by, DateTimeOffset at)
    {
        if (actor != SheetActor.Secretary)
            throw new DomainException("objection.forbidden", "the secretary decides annual objections");
        if (!IsOpen)
            throw new DomainException("objection.state", "already decided");
        Decision = Guard.Text(decision, TextMaxLength, "objection.decision");
        State = uphold ? ObjectionState.Upheld : ObjectionState.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
