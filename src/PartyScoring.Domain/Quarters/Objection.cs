using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;

namespace PartyScoring.Domain.Quarters;

/// <summary>
/// 异议/申诉 (SPEC 5): during the notice window a member objects to one of their own confirmed lines.
/// The secretary upholds (the system reverses the line), rejects with a reason, or escalates to the office.
/// </summary>
public class Objection
{
    public const int TextMaxLength = 500;
    public const int ActorMaxLength = 100;

    private Objection() { Reason = string.Empty; RaisedBy = string.Empty; }

    public long Id { get; private set; }
    public int SheetId { get; private set; }
    public int MemberId { get; private set; }
    public long LedgerLineId { get; private set; }
    public string Reason { get; private set; }
    public string RaisedBy { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public ObjectionState State { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Decision { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public bool IsOpen => State is ObjectionState.Open or ObjectionState.Escalated;

    public static Objection Raise(QuarterSheet sheet, LedgerLine line, int memberId, string reason, string by, DateTimeOffset at)
    {
        if (!sheet.IsNoticeWindowOpen(at))
            throw new DomainException("objection.window", "objections are taken only while the notice is up");
        if (line.MemberId != memberId)
            throw new DomainException("objection.own", "a member objects only to their own lines");
        if (line.BranchId != sheet.BranchId || line.Year != sheet.Year || line.Quarter != sheet.Quarter)
            throw new DomainException("objection.line", "the line is not on this sheet");
        if (line.State != LedgerLineState.Confirmed || line.ReversesLineId is not null)
            throw new DomainException("objection.line", "only confirmed entries can be objected to");
        return new Objection
        {
            SheetId = sheet.Id,
            MemberId = memberId,
            LedgerLineId = line.Id,
            Reason = Guard.Text(reason, TextMaxLength, "objection.reason"),
            RaisedBy = Guard.Text(by, ActorMaxLength, "objection.actor"),
            RaisedAt = at,
            State = ObjectionState.Open,
        };
    }

    public void Escalate(SheetActor actor, string by, DateTimeOffset at, string? comment)
    {
        if (actor != SheetActor.Secretary)
            throw new DomainException("objection.forbidden", "only the secretary escalates");
        if (State != ObjectionState.Open)
            throw new DomainException("objection.state", "only an open objection is escalated");
        State = ObjectionState.Escalated;
        Decision = Guard.OptionalText(comment, TextMaxLength, "objection.decision");
        DecidedBy = by;
        DecidedAt = at;
        Touch();
    }

    /// <summary>Upholds the objection and returns the correcting line that reverses the disputed one.</summary>
    public LedgerLine Uphold(SheetActor actor, LedgerLine line, string by, DateTimeOffset at, string reason)
    {
        EnsureDecider(actor);
        if (line.Id != LedgerLineId)
            throw new ArgumentException("Not the disputed line.", nameof(line));
        var text = Guard.Text(reason, TextMaxLength, "objection.decision");
        var correction = line.Reverse(text, by, at, line.Quarter);
        State = ObjectionState.Upheld;
        Decide(by, at, text);
        return correction;
    }

    public void Reject(SheetActor actor, string by, DateTimeOffset at, string reason)
    {
        EnsureDecider(actor);
        var text = Guard.Text(reason, TextMaxLength, "objection.decision");
        State = ObjectionState.Rejected;
        Decide(by, at, text);
    }

    private void EnsureDecider(SheetActor actor)
    {
        var allowed = State switch
        {
            ObjectionState.Open => actor == SheetActor.Secretary,
            ObjectionState.Escalated => actor == SheetActor.TownshipOffice,
            _ => throw new DomainException("objection.state", "the objection is already decided"),
        };
        if (!allowed)
            throw new DomainException("objection.forbidden", $"{actor} may not decide this objection");
    }

    private void Decide(string by, DateTimeOffset at, string text)
    {
        DecidedBy = by;
        DecidedAt = at;
        Decision = text;
        Touch();
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
