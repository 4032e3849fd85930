using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>Objections during the notice window (SPEC 5(5)), read and decided through the user's scope.</summary>
public sealed class ObjectionService(ScopedData data, QuarterSheetService sheets, TimeProvider clock)
{
    public async Task<ServiceResult> RaiseAsync(int sheetId, long lineId, string? reason, string by, CancellationToken ct = default)
    {
        var sheet = await sheets.FindAsync(sheetId, ct);
        if (sheet is null || data.Scope?.MemberId is not { } memberId)
            return ServiceResult.NotFound;
        // A member reads only their own lines, so another member's line id is simply not found.
        var line = await data.LedgerLines.SingleOrDefaultAsync(l => l.Id == lineId && l.MemberId == memberId, ct);
        if (line is null)
            return ServiceResult.NotFound;
        Objection objection;
        try
        {
            objection = Objection.Raise(sheet, line, memberId, reason ?? string.Empty, by, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return ServiceResult.Invalid("Reason", e.Code);
        }
        if (await data.Db.Objections.AnyAsync(o => o.LedgerLineId == lineId
                                                   && (o.State == ObjectionState.Open || o.State == ObjectionState.Escalated), ct))
            return ServiceResult.Invalid("Reason", "objection.duplicate");
        data.Db.Objections.Add(objection);
        await data.Db.SaveChangesAsync(ct);
        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> DecideAsync(long objectionId, ObjectionDecision decision, string? reason,
        IReadOnlyList<SheetActor> actors, string by, CancellationToken ct = default)
    {
        var objection = await data.Db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId, ct);
        if (objection is null || await sheets.FindAsync(objection.SheetId, ct) is null)
            return ServiceResult.NotFound;
        var actor = actors.Contains(SheetActor.TownshipOffice) && objection.State == ObjectionState.Escalated ? SheetActor.TownshipOffice
            : actors.Contains(SheetActor.Secretary) ? SheetActor.Secretary
            : actors.Contains(SheetActor.TownshipOffice) ? SheetActor.TownshipOffice
            : (SheetActor?)null;
        if (actor is null)
            return ServiceResult.Forbidden;
        var now = clock.GetUtcNow();
        try
        {
            switch (decision)
            {
                case ObjectionDecision.Uphold:
                    var line = await data.Db.LedgerLines.SingleAsync(l => l.Id == objection.LedgerLineId, ct);
                    data.Db.LedgerLines.Add(objection.Uphold(actor.Value, line, by, now, reason ?? string.Empty));
                    break;
                case ObjectionDecision.Reject: objection.Reject(actor.Value, by, now, reason ?? string.Empty); break;
                case ObjectionDecision.Escalate: objection.Escalate(actor.Value, by, now, reason); break;
                default: return ServiceResult.Invalid("Decision", "objection.state");
            }
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return e.Code == "objection.forbidden" ? ServiceResult.Forbidden : ServiceResult.Invalid("Decision", e.Code);
        }
        try
        {
            await data.Db.SaveChangesAsync(ct);
            return ServiceResult.Ok;
        }
        catch (DbUpdateException)
        {
            // Decided by someone else meanwhile (stamp or the one-reversal-per-line index).
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Conflict;
        }
    }
}
