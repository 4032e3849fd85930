using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// What waits for the reviewers (issue 18): for the evaluation group, sheets sent to it and not yet passed (初评);
/// for the township office, sheets submitted for approval and office-review lines (e.g. seed 000's 党员义工日,
/// "报党建办审核") still pending. Escalated objections are <see cref="ObjectionReminders"/>'.
/// </summary>
public sealed class SheetWaitingReminders : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var group = user.IsInRole(Roles.EvaluationGroup);
        var office = user.IsInRole(Roles.TownshipOffice);
        if (!group && !office || data.Scope is not { IsMemberOnly: false })
            return [];
        var branches = data.Organisations.Select(o => o.Id);
        var sheets = await data.Db.QuarterSheets.AsNoTracking()
            .Where(s => branches.Contains(s.BranchId)
                        && (group && s.State == SheetState.InitialReview && s.ReviewedAt == null || office && s.State == SheetState.Submitted))
            .Join(data.Db.Organisations, s => s.BranchId, b => b.Id, (s, b) => new { s.Id, s.State, s.Year, s.Quarter, b.Name })
            .ToListAsync(ct);
        var list = sheets.OrderBy(s => s.Year).ThenBy(s => s.Quarter).ThenBy(s => s.Name)
            .Select(s => new Reminder(s.State == SheetState.Submitted ? "Reminder_ApprovalWaiting" : "Reminder_ReviewWaiting",
                [s.Name, s.Year, s.Quarter], $"/Quarters/Sheet/{s.Id}"))
            .ToList();
        if (office)
            list.AddRange(await OfficeReviewAsync(data, branches, ct));
        return list;
    }

    private static async Task<IEnumerable<Reminder>> OfficeReviewAsync(ScopedData data, IQueryable<int> branches, CancellationToken ct)
    {
        var pending = await data.Db.LedgerLines.AsNoTracking()
            .Where(l => branches.Contains(l.BranchId) && l.State == LedgerLineState.Pending)
            .Join(data.Db.SchemeItems.Where(i => i.RequiresOfficeReview), l => l.SchemeItemId, i => i.Id, (l, i) => new { l.BranchId, l.Year, l.Quarter })
            .Join(data.Db.Organisations, x => x.BranchId, b => b.Id, (x, b) => new { x.BranchId, x.Year, x.Quarter, b.Name })
            .ToListAsync(ct);
        var groups = pending.GroupBy(x => (x.BranchId, x.Year, x.Quarter, x.Name)).ToList();
        var keys = groups.Select(g => g.Key.BranchId).Distinct().ToList();
        var sheetIds = (await data.Db.QuarterSheets.AsNoTracking().Where(s => keys.Contains(s.BranchId))
            .Select(s => new { s.Id, s.BranchId, s.Year, s.Quarter }).ToListAsync(ct))
            .ToDictionary(s => (s.BranchId, s.Year, s.Quarter), s => s.Id);
        return groups.OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Quarter).ThenBy(g => g.Key.Name).Select(g =>
            new Reminder("Reminder_OfficeReviewWaiting", [g.Key.Name, g.Key.Year, g.Key.Quarter, g.Count()],
                sheetIds.TryGetValue((g.Key.BranchId, g.Key.Year, g.Key.Quarter), out var id) ? $"/Quarters/Sheet/{id}" : "/Quarters"));
    }
}
