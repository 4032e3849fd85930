using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Ledger;

/// <summary>
/// 积分台账 line: one scored event for one member in one quarter. <see cref="Points"/> is the signed effect
/// on the total (a deduction of 3 is −3). Lines are append-only: once confirmed a line is never changed;
/// a correction is a new line that reverses it (SPEC 4).
/// </summary>
public class LedgerLine
{
    public const int DescriptionMaxLength = 500;
    public const int ActorMaxLength = 100;

    private LedgerLine() { Description = string.Empty; EnteredBy = string.Empty; }

    private LedgerLine(int memberId, int branchId, int year, int quarter, SchemeItem item, decimal points,
        string description, LedgerSource source, string enteredBy, DateTimeOffset enteredAt, LedgerLineState state)
    {
        if (!CalendarQuarter.IsValidNumber(quarter))
            throw new DomainException("ledger.quarter", "quarter is 1–4");
        MemberId = memberId;
        BranchId = branchId;
        Year = year;
        Quarter = quarter;
        SchemeItemId = item.Id;
        Kind = item.Kind;
        Points = points;
        Description = Guard.Text(description, DescriptionMaxLength, "ledger.description");
        Source = source;
        EnteredBy = Guard.Text(enteredBy, ActorMaxLength, "ledger.enteredBy");
        EnteredAt = enteredAt;
        State = state;
    }

    public long Id { get; private set; }
    public int MemberId { get; private set; }
    /// <summary>The branch that scored the line — it stays with that branch if the member moves.</summary>
    public int BranchId { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public int SchemeItemId { get; private set; }
    /// <summary>Copied from the item so that sums by component need no join.</summary>
    public ItemKind Kind { get; private set; }
    public decimal Points { get; private set; }
    public string Description { get; private set; }
    public string? EvidenceNote { get; private set; }
    public LedgerSource Source { get; private set; }
    public LedgerLineState State { get; private set; }
    public string EnteredBy { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>For a reversing line: the line it cancels.</summary>
    public long? ReversesLineId { get; private set; }
    /// <summary>The evaluation group's comment when it sent this draft line back (初评); cleared when the clerk changes it.</summary>
    public string? ReviewComment { get; private set; }

    public bool Counts => State == LedgerLineState.Confirmed;

    /// <summary>
    /// A new line for an entry of <paramref name="amount"/> (positive, as typed). Items marked for office review
    /// start pending whatever their source; declarations start pending for the clerk.
    /// </summary>
    public static LedgerLine Enter(int memberId, int branchId, int year, int quarter, SchemeItem item, decimal amount,
        string description, LedgerSource source, string enteredBy, DateTimeOffset at, string? evidenceNote = null)
    {
        if (item.ValidateEntry(amount) is { } error)
            throw new DomainException(error, $"{amount} is not allowed for item {item.Code}");
        var state = source == LedgerSource.MemberDeclaration || item.RequiresOfficeReview
            ? LedgerLineState.Pending
            : LedgerLineState.Draft;
        return new LedgerLine(memberId, branchId, year, quarter, item, item.SignedPoints(amount), description, source,
            enteredBy, at, state)
        {
            EvidenceNote = Guard.OptionalText(evidenceNote, DescriptionMaxLength, "ledger.evidence"),
        };
    }

    /// <summary>The amount as the clerk typed it (positive for every kind).</summary>
    public decimal Amount => Math.Abs(Points);

    public void ChangeDraft(decimal amount, string description, SchemeItem item)
    {
        if (State != LedgerLineState.Draft)
            throw new DomainException("ledger.immutable", "only draft lines can be changed");
        if (item.Id != SchemeItemId)
            throw new ArgumentException("The item is not this line's item.", nameof(item));
        if (item.ValidateEntry(amount) is { } error)
            throw new DomainException(error, $"{amount} is not allowed for item {item.Code}");
        // Validate everything before changing anything, so a refused change leaves the draft as it was.
        var text = Guard.Text(description, DescriptionMaxLength, "ledger.description");
        Points = item.SignedPoints(amount);
        Description = text;
        ReviewComment = null;
    }

    /// <summary>初评: the evaluation group sends this draft line back to the clerk with a comment.</summary>
    public void SendBackForReview(string comment)
    {
        if (State != LedgerLineState.Draft)
            throw new DomainException("ledger.immutable", "only draft lines are sent back");
        ReviewComment = Guard.Text(comment, DescriptionMaxLength, "sheet.comment");
    }

    public void Confirm(string by, DateTimeOffset at)
    {
        if (State is not (LedgerLineState.Draft or LedgerLineState.Pending))
            throw new DomainException("ledger.state", "only draft or pending lines can be confirmed");
        State = LedgerLineState.Confirmed;
        DecidedBy = by;
        DecidedAt = at;
    }

    public void Refuse(string by, DateTimeOffset at, string reason)
    {
        if (State is not (LedgerLineState.Draft or LedgerLineState.Pending))
            throw new DomainException("ledger.state", "only draft or pending lines can be refused");
        // The reason is checked first: a refusal without one must not leave the line refused.
        var text = Guard.Text(reason, DescriptionMaxLength, "ledger.reason");
        State = LedgerLineState.Refused;
        DecidedBy = by;
        DecidedAt = at;
        DecisionReason = text;
    }

    /// <summary>The correcting line that cancels this confirmed one; it is confirmed at once, with its reason.</summary>
    public LedgerLine Reverse(string reason, string by, DateTimeOffset at, int quarter)
    {
        if (State != LedgerLineState.Confirmed)
            throw new DomainException("ledger.reverse.state", "only confirmed lines are reversed; change or refuse drafts instead");
        if (Id == 0)
            throw new InvalidOperationException("A line is reversed only after it has been stored.");
        if (ReversesLineId is not null)
            throw new DomainException("ledger.reverse.twice", "a reversing line is not reversed; enter a new line instead");
        var text = Guard.Text(reason, DescriptionMaxLength, "ledger.reason");
        return new LedgerLine
        {
            MemberId = MemberId,
            BranchId = BranchId,
            Year = Year,
            Quarter = quarter,
            SchemeItemId = SchemeItemId,
            Kind = Kind,
            Points = -Points,
            Description = text,
            Source = LedgerSource.Correction,
            EnteredBy = Guard.Text(by, ActorMaxLength, "ledger.enteredBy"),
            EnteredAt = at,
            State = LedgerLineState.Confirmed,
            DecidedBy = by,
            DecidedAt = at,
            DecisionReason = text,
            ReversesLineId = Id,
        };
    }
}
