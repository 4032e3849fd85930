using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Reminders;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>Reads quarter sheets for the pages, always through the user's scope; totals come from the domain engine.</summary>
public sealed class QuarterQuery(ScopedData data, QuarterSheetService sheets, QuarterGridService grids, YearPointsService points,
    DeclarationQuery declarations, IOptions<ReminderOptions> reminderOptions, TimeProvider clock)
{
    public async Task<QuarterSheetViewModel?> SheetAsync(int id, IReadOnlyList<SheetActor> actors, CancellationToken ct = default)
    {
        var sheet = await sheets.FindAsync(id, ct);
        if (sheet is null)
            return null;
        var header = await HeaderAsync(sheet, ct);
        var lines = await LinesAsync(sheet, null, ct);
        var objections = await ObjectionsAsync(sheet.Id, null, ct);
        return new QuarterSheetViewModel(header,
            sheet.Transitions.OrderBy(t => t.Id).Select(t => new TransitionViewModel(t.Action, t.From, t.To, t.By, t.At, t.Comment)).ToList(),
            // Once passed, the review is not offered again: the sheet waits for the member meeting.
            SheetRules.Available(sheet.State, actors).Where(a => a is not (SheetAction.OpenNotice or SheetAction.Finalise)
                && !(header.Reviewed && a is SheetAction.AcceptReview or SheetAction.SendBack)).ToList(),
            sheet.MeetingDate, sheet.MeetingAttended, sheet.MeetingEligible,
            await RowsAsync(sheet, ct), lines, objections,
            actors.Contains(SheetActor.Secretary) || actors.Contains(SheetActor.TownshipOffice))
        {
            Declarations = await declarations.PendingAsync(sheet.BranchId, sheet.Year, sheet.Quarter, ct),
        };
    }

    public async Task<QuarterGridViewModel?> GridAsync(int id, IReadOnlyDictionary<string, string>? typed = null,
        IReadOnlyDictionary<string, string>? errors = null, CancellationToken ct = default)
    {
        var grid = await grids.LoadAsync(id, ct);
        if (grid is null)
            return null;
        var year = await points.ForBranchAsync(grid.Sheet.BranchId, grid.Sheet.Year, includeDrafts: true, ct: ct);
        var yearTotals = year?.Everyone.ToDictionary(r => r.Member.Id, r => r.Points.Total) ?? [];
        var memberIds = grid.Members.Select(m => m.Id).ToList();
        var itemTotals = (await data.Db.LedgerLines.Where(l => memberIds.Contains(l.MemberId)).Counting(grid.Sheet.Year, includeDrafts: true)
            .ItemTotals().ToListAsync(ct)).ToLookup(t => t.MemberId);
        var columns = grid.Items.Select(i => new GridColumnViewModel(i.Id, i.Code, i.Name, i.Kind, i.MinPoints, i.MaxPoints)).ToList();
        var counted = grid.Lines.Where(l => l.State is LedgerLineState.Draft or LedgerLineState.Confirmed).ToLookup(l => l.MemberId);
        var rows = grid.Members.Select(m =>
        {
            // The draft line behind each typed cell: the page replaces its points with what is typed.
            var typedLines = grid.Items.Where(i => grid.IsEditableCell(m.Id, i.Id)).SelectMany(i => grid.Cell(m.Id, i.Id))
                .ToLookup(l => l.SchemeItemId, l => l.Points);
            return new GridRowViewModel(m.Id, m.Name,
                counted[m.Id].Sum(l => l.Points),
                yearTotals.GetValueOrDefault(m.Id),
                grid.Items.Select(i =>
                {
                    var key = QuarterGrid.Key(m.Id, i.Id);
                    var value = typed is not null && typed.TryGetValue(key, out var t) ? t : QuarterGridService.Display(grid.Cell(m.Id, i.Id));
                    return new GridCellViewModel(key, value, grid.IsEditableCell(m.Id, i.Id), errors?.GetValueOrDefault(key));
                }).ToList())
            {
                QuarterFixed = counted[m.Id].Sum(l => l.Points) - typedLines.SelectMany(g => g).Sum(),
                YearOther = itemTotals[m.Id].Select(t => (t.SchemeItemId, Net: t.NetPoints - typedLines[t.SchemeItemId].Sum()))
                    .Where(t => t.Net != 0).ToDictionary(t => t.SchemeItemId, t => t.Net),
            };
        }).ToList();
        return new QuarterGridViewModel(await HeaderAsync(grid.Sheet, ct), grid.Sheet.IsEditable, columns, rows)
        {
            Caps = GridCapsViewModel.From(grid.Scheme),
        };
    }

    public async Task<NoticeViewModel?> NoticeAsync(int id, CancellationToken ct = default)
    {
        var sheet = await sheets.FindAsync(id, ct);
        if (sheet is null || sheet.State is not (SheetState.PublicNotice or SheetState.Final))
            return null;
        // The notice is public to the branch: a member reads every member's quarter total on it, not only their own.
        using var _ = data.SeeEverything(ScopeBypass.PublicNotice);
        var own = data.Scope?.MemberId;
        return new NoticeViewModel(await HeaderAsync(sheet, ct), sheet.IsNoticeWindowOpen(clock.GetUtcNow()), await RowsAsync(sheet, ct),
            own is null ? [] : await LinesAsync(sheet, own, ct),
            own is null ? [] : await ObjectionsAsync(sheet.Id, own, ct));
    }

    public async Task<OverviewViewModel> OverviewAsync(int year, int quarter, CancellationToken ct = default)
    {
        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var ids = branches.Select(b => b.Id).ToList();
        var list = await data.Db.QuarterSheets.AsNoTracking()
            .Where(s => ids.Contains(s.BranchId) && s.Year == year && s.Quarter == quarter).ToListAsync(ct);
        var sheetIds = list.Select(s => s.Id).ToList();
        var open = await data.Db.Objections.Where(o => sheetIds.Contains(o.SheetId)
                                                       && (o.State == ObjectionState.Open || o.State == ObjectionState.Escalated))
            .GroupBy(o => o.SheetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pending = await data.Db.LedgerLines.Where(l => ids.Contains(l.BranchId) && l.Year == year && l.Quarter == quarter
                                                           && l.State == LedgerLineState.Pending)
            .GroupBy(l => l.BranchId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var period = new CalendarQuarter(year, quarter);
        return new OverviewViewModel(year, quarter, branches.Select(b =>
        {
            var sheet = list.SingleOrDefault(s => s.BranchId == b.Id);
            var inReview = sheet?.State is SheetState.InitialReview or SheetState.Submitted ? 1 : 0;
            return new OverviewRowViewModel(b.Id, b.Name, sheet?.Id, sheet?.State, SheetRules.IsOverdue(sheet?.State, period, reminderOptions.Value.SheetGraceDays, today),
                sheet is null ? 0 : open.GetValueOrDefault(sheet.Id), pending.GetValueOrDefault(b.Id) + inReview);
        }).ToList());
    }

    /// <summary>Notices in the user's scope (for a member: their branch's), newest first.</summary>
    public async Task<List<SheetHeaderViewModel>> NoticesAsync(CancellationToken ct = default)
    {
        var branches = data.Organisations.Select(o => o.Id);
        var list = await data.Db.QuarterSheets.AsNoTracking()
            .Where(s => branches.Contains(s.BranchId) && (s.State == SheetState.PublicNotice || s.State == SheetState.Final))
            .Join(data.Db.Organisations, s => s.BranchId, o => o.Id, (s, o) => new { s, o.Name })
            .ToListAsync(ct);
        return list.OrderByDescending(x => x.s.Year).ThenByDescending(x => x.s.Quarter).ThenBy(x => x.Name)
            .Select(x => new SheetHeaderViewModel(x.s.Id, x.s.BranchId, x.Name, x.s.Year, x.s.Quarter, x.s.State, x.s.ConcurrencyStamp, x.s.NoticeClosesAt))
            .ToList();
    }

    private async Task<SheetHeaderViewModel> HeaderAsync(QuarterSheet sheet, CancellationToken ct)
    {
        var name = await data.Db.Organisations.Where(o => o.Id == sheet.BranchId).Select(o => o.Name).SingleAsync(ct);
        return new SheetHeaderViewModel(sheet.Id, sheet.BranchId, name, sheet.Year, sheet.Quarter, sheet.State, sheet.ConcurrencyStamp, sheet.NoticeClosesAt)
        {
            Reviewed = sheet.ReviewedAt is not null,
        };
    }

    /// <summary>Quarter and year totals per member; drafts count until the township has approved the sheet.</summary>
    private async Task<List<QuarterRowViewModel>> RowsAsync(QuarterSheet sheet, CancellationToken ct)
    {
        var drafts = sheet.State < SheetState.Approved;
        var year = await points.ForBranchAsync(sheet.BranchId, sheet.Year, drafts, ct);
        if (year is null)
            return [];
        var quarter = await data.Db.LedgerLines.Where(l => l.BranchId == sheet.BranchId && l.Year == sheet.Year && l.Quarter == sheet.Quarter
                                                          && (l.State == LedgerLineState.Confirmed || (drafts && l.State == LedgerLineState.Draft)))
            .Select(l => new { l.MemberId, l.Points }).ToListAsync(ct);
        // Summed here: SQLite does not aggregate decimals.
        var sums = quarter.GroupBy(l => l.MemberId).ToDictionary(g => g.Key, g => g.Sum(l => l.Points));
        return year.Everyone.OrderBy(r => r.Member.Id).Select(r => new QuarterRowViewModel(r.Member.Id, r.Member.Name,
            sums.GetValueOrDefault(r.Member.Id), r.Points.Total, r.Grade)
        {
            QuotaTie = r.Notes.Select(n => (ComputationNoteKind?)n.Kind)
                .FirstOrDefault(k => k is ComputationNoteKind.QuotaTieExcluded or ComputationNoteKind.QuotaTieIncluded),
        }).ToList();
    }

    private async Task<List<SheetLineViewModel>> LinesAsync(QuarterSheet sheet, int? memberId, CancellationToken ct)
    {
        var lines = data.LedgerLines.AsNoTracking()
            .Where(l => l.BranchId == sheet.BranchId && l.Year == sheet.Year && l.Quarter == sheet.Quarter && l.State != LedgerLineState.Refused);
        if (memberId is { } m)
            lines = lines.Where(l => l.MemberId == m);
        var rows = await lines
            .Join(data.Db.SchemeItems, l => l.SchemeItemId, i => i.Id, (l, i) => new { l, i.Name })
            .Join(data.Db.Members, x => x.l.MemberId, m => m.Id, (x, m) => new SheetLineViewModel(
                x.l.Id, x.l.MemberId, m.Name, x.Name, x.l.Kind, x.l.Points, x.l.Description, x.l.State, x.l.ReversesLineId != null))
            .ToListAsync(ct);
        var lineIds = rows.Select(r => r.Id).ToList();
        var evidence = (await data.Db.EvidenceFiles.AsNoTracking().Where(e => lineIds.Contains(e.LedgerLineId))
            .Select(e => new { e.LedgerLineId, e.Id }).ToListAsync(ct)).ToLookup(e => e.LedgerLineId, e => e.Id);
        var comments = await data.Db.LedgerLines.AsNoTracking().Where(l => lineIds.Contains(l.Id) && l.ReviewComment != null)
            .ToDictionaryAsync(l => l.Id, l => l.ReviewComment, ct);
        return rows.Select(r => r with { Evidence = evidence[r.Id].ToList(), ReviewComment = comments.GetValueOrDefault(r.Id) })
            .OrderBy(r => r.MemberId).ThenBy(r => r.Id).ToList();
    }

    private async Task<List<ObjectionViewModel>> ObjectionsAsync(int sheetId, int? memberId, CancellationToken ct)
    {
        var query = data.Db.Objections.AsNoTracking().Where(o => o.SheetId == sheetId);
        if (memberId is { } m)
            query = query.Where(o => o.MemberId == m);
        var rows = await query
            .Join(data.Db.LedgerLines, o => o.LedgerLineId, l => l.Id, (o, l) => new { o, l.Description, l.Points })
            .Join(data.Db.Members, x => x.o.MemberId, mm => mm.Id, (x, mm) => new ObjectionViewModel(
                x.o.Id, mm.Name, x.Description, x.Points, x.o.Reason, x.o.State, x.o.Decision, x.o.DecidedBy))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Id).ToList();
    }
}
