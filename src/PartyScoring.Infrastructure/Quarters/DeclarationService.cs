using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Evidence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>
/// 申报 (SPEC 5(6)): a member declares an item with an evidence note; it waits as a pending line on the branch's
/// quarter sheet until the clerk or secretary accepts or refuses it with a reason. Items the scheme marks for
/// office review are accepted only by the township office.
/// </summary>
public sealed class DeclarationService(ScopedData data, EvidenceStore evidenceFiles, TimeProvider clock)
{
    /// <summary>The items a member may declare this year: bonus and duty items of their branch's scheme.</summary>
    public async Task<IReadOnlyList<SchemeItem>> ItemsAsync(CancellationToken ct = default)
    {
        var member = data.Scope?.MemberId is { } id ? await data.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) : null;
        if (member is null)
            return [];
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == member.BranchId, ct);
        var scheme = await SchemeLookup.CurrentAsync(data.Db, SchemeLookup.TownshipIdOf(branch), clock.GetLocalNow().Year, ct);
        return scheme?.ItemsForBranch(member.BranchId).Where(i => i.Kind is ItemKind.Bonus or ItemKind.Duty).ToList() ?? [];
    }

    public async Task<ServiceResult> DeclareAsync(int itemId, string? amount, string? description, string? evidence, string by,
        CancellationToken ct = default, EvidenceUpload? upload = null)
    {
        var member = data.Scope?.MemberId is { } id ? await data.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) : null;
        if (member is null)
            return ServiceResult.NotFound;
        var item = (await ItemsAsync(ct)).SingleOrDefault(i => i.Id == itemId);
        if (item is null)
            return ServiceResult.Invalid("ItemId", "declaration.item");
        if (!decimal.TryParse(amount?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
            return ServiceResult.Invalid("Amount", "grid.number");
        var now = clock.GetLocalNow();
        var quarter = CalendarQuarter.Containing(now).Number;
        if (await data.Db.QuarterSheets.AnyAsync(s => s.BranchId == member.BranchId && s.Year == now.Year && s.Quarter == quarter
                                                      && s.State == SheetState.Final, ct))
            return ServiceResult.Invalid("ItemId", "sheet.final");
        LedgerLine line;
        try
        {
            line = LedgerLine.Enter(member.Id, member.BranchId, now.Year, quarter, item, points, description ?? string.Empty,
                LedgerSource.MemberDeclaration, by, clock.GetUtcNow(), Require(evidence));
        }
        catch (DomainException e)
        {
            var field = e.Code.StartsWith("ledger.points", StringComparison.Ordinal) ? "Amount"
                : e.Code == "declaration.evidence" || e.Code == "ledger.evidence" ? "Evidence" : "Description";
            return ServiceResult.Invalid(field, e.Code);
        }
        var refused = await evidenceFiles.SaveLineAsync(data.Db, line, upload, by, clock.GetUtcNow(), ct);
        return refused is null ? ServiceResult.Ok : ServiceResult.Invalid("EvidenceFile", refused);
    }

    /// <summary>Accepts (confirms) or refuses, with a reason, a pending declaration of the sheet's branch quarter.</summary>
    public async Task<ServiceResult> DecideAsync(long lineId, bool accept, string? reason, IReadOnlyList<SheetActor> actors, string by,
        CancellationToken ct = default)
    {
        var line = await data.LedgerLines.SingleOrDefaultAsync(l => l.Id == lineId && l.Source == LedgerSource.MemberDeclaration, ct);
        if (line is null)
            return ServiceResult.NotFound;
        var sheet = await data.Db.QuarterSheets.AsNoTracking()
            .SingleOrDefaultAsync(s => s.BranchId == line.BranchId && s.Year == line.Year && s.Quarter == line.Quarter, ct);
        if (sheet?.State == SheetState.Final)
            return ServiceResult.Invalid("Decision", "sheet.final");
        var officeReview = await data.Db.SchemeItems.Where(i => i.Id == line.SchemeItemId).Select(i => i.RequiresOfficeReview).SingleAsync(ct);
        var allowed = accept && officeReview
            ? actors.Contains(SheetActor.TownshipOffice)
            : actors.Any(a => a is SheetActor.Clerk or SheetActor.Secretary or SheetActor.TownshipOffice);
        if (!allowed)
            return ServiceResult.Forbidden;
        try
        {
            if (accept)
                line.Confirm(by, clock.GetUtcNow());
            else
                line.Refuse(by, clock.GetUtcNow(), reason ?? string.Empty);
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid("Decision", e.Code);
        }
        await data.Db.SaveChangesAsync(ct);
        return ServiceResult.Ok;
    }

    private static string Require(string? evidence) =>
        string.IsNullOrWhiteSpace(evidence) ? throw new DomainException("declaration.evidence", "a declaration needs its evidence") : evidence;
}
