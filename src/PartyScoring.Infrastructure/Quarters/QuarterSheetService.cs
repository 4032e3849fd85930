using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>
/// Moves quarter sheets through SPEC 5. Every sheet is found through <see cref="ScopedData"/> (out of scope = not found),
/// every step is one SaveChanges (one transaction, audited), and a stale ConcurrencyStamp is a conflict, not an overwrite.
/// </summary>
public sealed class QuarterSheetService(ScopedData data, TimeProvider clock)
{

    /// <summary>The sheet if its branch is in the user's scope, with its timeline; closes the notice if it is due.</summary>
    public async Task<QuarterSheet?> FindAsync(int sheetId, CancellationToken ct = default)
    {
        var branches = data.Organisations.Select(o => o.Id);
        var sheet = await data.Db.QuarterSheets.Include(s => s.Transitions)
            .SingleOrDefaultAsync(s => s.Id == sheetId && branches.Contains(s.BranchId), ct);
        if (sheet is not null)
            await FinaliseIfDueAsync(sheet, ct);
        return sheet;
    }

    /// <summary>
    /// Reads only: whether the branch is in scope and the id of its sheet for the quarter, if one was started. Opening a
    /// quarter with a GET uses this; starting the draft is a POST (issue 20 §5).
    /// </summary>
    public async Task<(bool BranchFound, int? SheetId)> FindForQuarterAsync(int branchId, int year, int quarter, CancellationToken ct = default)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100
            || !await data.Organisations.AnyAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct))
            return (false, null);
        var sheet = await data.Db.QuarterSheets.Where(s => s.BranchId == branchId && s.Year == year && s.Quarter == quarter)
            .Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
        return (true, sheet);
    }

    /// <summary>The branch's sheet for the quarter, started as a draft when it does not exist yet.</summary>
    public async Task<QuarterSheet?> FindOrStartAsync(int branchId, int year, int quarter, CancellationToken ct = default)
    {
        if (!CalendarQuarter.IsValidNumber(quarter) || !ReportingYear.IsValid(year))
            return null;
        var branch = await data.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        if (branch is null)
            return null;
        var existing = await data.Db.QuarterSheets.SingleOrDefaultAsync(s => s.BranchId == branchId && s.Year == year && s.Quarter == quarter, ct);
        if (existing is not null)
            return await FindAsync(existing.Id, ct);
        var sheet = new QuarterSheet(branchId, year, quarter);
        data.Db.QuarterSheets.Add(sheet);
        try
        {
            await data.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone started the same sheet at the same moment: use theirs.
            data.Db.ChangeTracker.Clear();
            var theirs = await data.Db.QuarterSheets.SingleAsync(s => s.BranchId == branchId && s.Year == year && s.Quarter == quarter, ct);
            return await FindAsync(theirs.Id, ct);
        }
        return sheet;
    }

    public async Task<ServiceResult> TransitionAsync(int sheetId, TransitionInput input, IReadOnlyList<SheetActor> actors, string by,
        CancellationToken ct = default)
    {
        var sheet = await FindAsync(sheetId, ct);
        if (sheet is null)
            return ServiceResult.NotFound;
        if (!Enum.IsDefined(input.Action) || input.Action is SheetAction.OpenNotice or SheetAction.Finalise)
            return ServiceResult.Forbidden;
        if (SheetActors.For(actors, input.Action) is not { } actor)
            return ServiceResult.Forbidden;
        if (sheet.ConcurrencyStamp != input.ConcurrencyStamp)
            return ServiceResult.Conflict;
        data.Db.Entry(sheet).Property(s => s.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;

        var now = clock.GetUtcNow();
        try
        {
            switch (input.Action)
            {
                case SheetAction.SendToReview: sheet.SendToReview(actor, by, now); break;
                case SheetAction.AcceptReview: sheet.AcceptReview(actor, by, now, input.Comment); break;
                case SheetAction.SendBack:
                    sheet.SendBack(actor, by, now, input.Comment ?? string.Empty);
                    // 初评 line by line: the lines the group ticked carry its comment back to the clerk.
                    var ids = input.LineIds ?? [];
                    foreach (var line in await data.Db.LedgerLines.Where(l => ids.Contains(l.Id) && l.BranchId == sheet.BranchId
                                 && l.Year == sheet.Year && l.Quarter == sheet.Quarter && l.State == LedgerLineState.Draft).ToListAsync(ct))
                        line.SendBackForReview(input.Comment ?? string.Empty);
                    break;
                case SheetAction.ConfirmMeeting:
                    if (input.MeetingDate is not { } date)
                        return ServiceResult.Invalid("MeetingDate", "sheet.meeting.date");
                    sheet.ConfirmMeeting(actor, by, now, date, input.Attended ?? 0, input.Eligible ?? 0, input.Comment);
                    break;
                case SheetAction.Submit: sheet.Submit(actor, by, now); break;
                case SheetAction.Return: sheet.Return(actor, by, now, input.Comment ?? string.Empty); break;
                case SheetAction.Approve:
                    var lines = await data.Db.LedgerLines
                        .Where(l => l.BranchId == sheet.BranchId && l.Year == sheet.Year && l.Quarter == sheet.Quarter)
                        .ToListAsync(ct);
                    var scheme = await SchemeForAsync(sheet, ct);
                    if (scheme is null)
                        return ServiceResult.Invalid("Comment", "sheet.scheme.missing");
                    sheet.Approve(actor, by, now, input.Comment, lines, scheme);
                    break;
            }
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid(e.Code.StartsWith("sheet.meeting", StringComparison.Ordinal) ? "Meeting" : "Comment", e.Code);
        }
        return await data.Db.SaveOrConflictAsync(ct);
    }

    /// <summary>The system's closing of the notice window: Final once it has passed and no objection is open.</summary>
    public async Task FinaliseIfDueAsync(QuarterSheet sheet, CancellationToken ct = default)
    {
        if (sheet.State != SheetState.PublicNotice)
            return;
        var now = clock.GetUtcNow();
        var open = await data.Db.Objections.CountAsync(o => o.SheetId == sheet.Id
                                                            && (o.State == ObjectionState.Open || o.State == ObjectionState.Escalated), ct);
        if (!sheet.CanFinalise(now, open))
            return;
        sheet.Finalise(now, open);
        if (await data.Db.SaveOrConflictAsync(ct) is not { Kind: ResultKind.Ok })
        {
            // Someone else closed it first; read the sheet as they left it.
            await data.Db.Entry(sheet).ReloadAsync(ct);
        }
    }

    private async Task<ScoringScheme?> SchemeForAsync(QuarterSheet sheet, CancellationToken ct)
    {
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == sheet.BranchId, ct);
        var townshipId = SchemeLookup.TownshipIdOf(branch);
        return await data.Db.Schemes.Include(s => s.Items).Include(s => s.Bands).Include(s => s.Categories)
            .Where(s => s.TownshipId == townshipId && s.Year == sheet.Year)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
    }

}
