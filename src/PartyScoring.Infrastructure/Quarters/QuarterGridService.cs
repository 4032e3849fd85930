using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Evidence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>The members × items of a branch quarter, with the clerk's lines in each cell.</summary>
public sealed record QuarterGrid(
    QuarterSheet Sheet,
    ScoringScheme Scheme,
    IReadOnlyList<Member> Members,
    IReadOnlyList<SchemeItem> Items,
    IReadOnlyList<LedgerLine> Lines)
{
    public static string Key(int memberId, int itemId) => string.Create(CultureInfo.InvariantCulture, $"{memberId}-{itemId}");

    // The grid page asks for every cell, twice: looking each one up among all the quarter's lines was members × items × lines.
    private ILookup<(int MemberId, int ItemId), LedgerLine>? _cells;

    public IReadOnlyList<LedgerLine> Cell(int memberId, int itemId) =>
        (_cells ??= Lines.Where(l => l.Source != LedgerSource.Correction && l.State != LedgerLineState.Refused)
            .ToLookup(l => (l.MemberId, l.SchemeItemId)))[(memberId, itemId)].ToList();

    /// <summary>A cell is typed into only when it holds nothing or one draft line.</summary>
    public bool IsEditableCell(int memberId, int itemId) =>
        Sheet.IsEditable && Cell(memberId, itemId) is var lines && (lines.Count == 0 || (lines.Count == 1 && lines[0].State == LedgerLineState.Draft));
}

/// <summary>
/// The clerk's entry grid: read a branch quarter as a grid, and save the whole grid in one transaction.
/// Every cell is validated against its item before anything is written; a stale sheet stamp is a conflict.
/// </summary>
public sealed class QuarterGridService(ScopedData data, QuarterSheetService sheets, EvidenceStore evidence, TimeProvider clock)
{
    public async Task<QuarterGrid?> LoadAsync(int sheetId, CancellationToken ct = default)
    {
        var sheet = await sheets.FindAsync(sheetId, ct);
        return sheet is null ? null : await BuildAsync(sheet, ct);
    }

    public async Task<ServiceResult> SaveAsync(int sheetId, Guid stamp, IReadOnlyList<GridCell> cells, string by, CancellationToken ct = default)
    {
        var grid = await LoadAsync(sheetId, ct);
        if (grid is null)
            return ServiceResult.NotFound;
        var sheet = grid.Sheet;
        if (sheet.ConcurrencyStamp != stamp)
            return ServiceResult.Conflict;
        try
        {
            sheet.MarkEdited();
        }
        catch (DomainException e)
        {
            return ServiceResult.Invalid("Grid", e.Code);
        }
        data.Db.Entry(sheet).Property(s => s.ConcurrencyStamp).OriginalValue = stamp;

        var errors = new Dictionary<string, string>();
        var now = clock.GetUtcNow();
        var members = grid.Members.Select(m => m.Id).ToHashSet();
        var items = grid.Items.ToDictionary(i => i.Id);
        foreach (var cell in cells)
        {
            var key = QuarterGrid.Key(cell.MemberId, cell.ItemId);
            if (!members.Contains(cell.MemberId) || !items.TryGetValue(cell.ItemId, out var item))
            {
                errors[key] = "grid.cell";
                continue;
            }
            var text = cell.Value?.Trim() ?? string.Empty;
            var existing = grid.Cell(cell.MemberId, cell.ItemId);
            if (!grid.IsEditableCell(cell.MemberId, cell.ItemId))
            {
                if (text != Display(existing))
                    errors[key] = "grid.readonly";
                continue;
            }
            if (text.Length == 0)
            {
                if (existing.Count == 1)
                    data.Db.LedgerLines.Remove(existing[0]);
                continue;
            }
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                errors[key] = "grid.number";
                continue;
            }
            if (item.ValidateEntry(amount) is { } code)
            {
                errors[key] = code;
                continue;
            }
            if (existing.Count == 1)
            {
                if (existing[0].Amount != amount)
                    existing[0].ChangeDraft(amount, existing[0].Description, item);
            }
            else
            {
                data.Db.LedgerLines.Add(LedgerLine.Enter(cell.MemberId, sheet.BranchId, sheet.Year, sheet.Quarter, item, amount,
                    item.Name, LedgerSource.ClerkEntry, by, now));
            }
        }
        if (errors.Count > 0)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid(errors);
        }
        return await data.Db.SaveOrConflictAsync(ct);
    }

    /// <summary>Single-line entry: one event with its own description (a per-occurrence item may be entered again).</summary>
    public async Task<ServiceResult> AddLineAsync(int sheetId, int memberId, int itemId, string? amount, string? description, string by,
        CancellationToken ct = default, EvidenceUpload? upload = null)
    {
        var grid = await LoadAsync(sheetId, ct);
        if (grid is null)
            return ServiceResult.NotFound;
        var item = grid.Items.SingleOrDefault(i => i.Id == itemId);
        if (grid.Members.All(m => m.Id != memberId) || item is null)
            return ServiceResult.Invalid("ItemId", "grid.cell");
        if (!decimal.TryParse(amount?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
            return ServiceResult.Invalid("Amount", "grid.number");
        LedgerLine line;
        try
        {
            grid.Sheet.EnsureEditable();
            line = LedgerLine.Enter(memberId, grid.Sheet.BranchId, grid.Sheet.Year, grid.Sheet.Quarter, item, points,
                description ?? string.Empty, LedgerSource.ClerkEntry, by, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid(e.Code.StartsWith("ledger.points", StringComparison.Ordinal) ? "Amount" : "Description", e.Code);
        }
        var refused = await evidence.SaveLineAsync(data.Db, line, upload, by, clock.GetUtcNow(), ct, ClaimDraftSheet(sheetId));
        return refused switch
        {
            null => ServiceResult.Ok,
            EvidenceStore.ClaimRefused => ServiceResult.Conflict,
            _ => ServiceResult.Invalid("Evidence", refused),
        };
    }

    /// <summary>
    /// Adding a line overwrites nobody, so it does not compare the stamp the page was read with (that made every
    /// entry overlapping another a conflict). Inside the line's transaction one UPDATE re-checks that the sheet is still
    /// a draft and renews its stamp: entries arriving together queue behind each other's row lock, and a grid page
    /// opened before still finds its stamp stale. Zero rows means the sheet moved on meanwhile.
    /// </summary>
    private Func<CancellationToken, Task<bool>> ClaimDraftSheet(int sheetId) => async ct =>
    {
        var renewed = Guid.NewGuid();
        return await data.Db.QuarterSheets.Where(s => s.Id == sheetId && s.State == SheetState.Draft)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConcurrencyStamp, renewed), ct) == 1;
    };

    /// <summary>What a cell shows: the amount of its one line, or the sum when an item was entered several times.</summary>
    public static string Display(IReadOnlyList<LedgerLine> lines) =>
        lines.Count == 0 ? string.Empty : lines.Sum(l => l.Amount).ToString("0.#", CultureInfo.InvariantCulture);

    private async Task<QuarterGrid?> BuildAsync(QuarterSheet sheet, CancellationToken ct)
    {
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == sheet.BranchId, ct);
        var scheme = await SchemeLookup.CurrentAsync(data.Db, SchemeLookup.TownshipIdOf(branch), sheet.Year, ct);
        if (scheme is null)
            return null;
        var members = await data.Db.Members.AsNoTracking().Include(m => m.Exemptions)
            .Where(m => m.BranchId == sheet.BranchId).Where(Member.CountsIn(sheet.Year))
            .OrderBy(m => m.Id).ToListAsync(ct);
        var items = scheme.ItemsForBranch(sheet.BranchId).Where(i => i.Kind != ItemKind.Veto).ToList();
        var lines = await data.Db.LedgerLines
            .Where(l => l.BranchId == sheet.BranchId && l.Year == sheet.Year && l.Quarter == sheet.Quarter)
            .OrderBy(l => l.Id).ToListAsync(ct);
        return new QuarterGrid(sheet, scheme, members.Where(m => !m.IsExemptIn(sheet.Year)).ToList(), items, lines);
    }
}
