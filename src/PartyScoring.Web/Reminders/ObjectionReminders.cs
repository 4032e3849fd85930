using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// 异议待处理: the secretary decides the open objections of their branch, the office the escalated ones in its township.
/// One reminder per sheet; due when the sheet's notice closes (it cannot become final before).
/// </summary>
public sealed class ObjectionReminders : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var states = new List<ObjectionState>();
        if (user.IsInRole(Roles.BranchSecretary))
            states.Add(ObjectionState.Open);
        if (user.IsInRole(Roles.TownshipOffice))
            states.Add(ObjectionState.Escalated);
        if (states.Count == 0 || data.Scope is not { IsMemberOnly: false })
            return [];
        var branches = data.Organisations.Select(o => o.Id);
        var waiting = await data.Db.Objections.AsNoTracking()
            .Where(o => states.Contains(o.State))
            .Join(data.Db.QuarterSheets.Where(s => branches.Contains(s.BranchId)), o => o.SheetId, s => s.Id, (o, s) => new { s.Id, s.Year, s.Quarter, s.BranchId, s.NoticeClosesAt })
            .Join(data.Db.Organisations, x => x.BranchId, b => b.Id, (x, b) => new { x.Id, x.Year, x.Quarter, x.NoticeClosesAt, b.Name })
            .ToListAsync(ct);
        return waiting.GroupBy(x => x.Id).Select(g =>
        {
            var s = g.First();
            DateOnly? due = s.NoticeClosesAt is { } c ? DateOnly.FromDateTime(c.ToLocalTime().Date) : null;
            return new Reminder("Reminder_ObjectionsWaiting", [s.Name, s.Year, s.Quarter, g.Count()], $"/Quarters/Sheet/{s.Id}",
                due is { } d && today > d, due);
        }).ToList();
    }
}
