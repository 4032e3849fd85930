using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// 公示即将结束: a notice of the user's branch closes within two days — members may still object, the secretary must have
/// the objections decided. Only members and secretaries of a branch are reminded.
/// </summary>
public sealed class NoticeClosingReminders(TimeProvider clock) : IReminderSource
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Member) && !user.IsInRole(Roles.BranchSecretary))
            return [];
        var branch = await data.OwnOrganisationAsync(ct);
        if (branch is null || branch.Kind != Domain.Organisations.OrganisationKind.Branch)
            return [];
        var now = clock.GetUtcNow();
        var sheets = await data.Db.QuarterSheets.AsNoTracking()
            .Where(s => s.BranchId == branch.Id && s.State == SheetState.PublicNotice)
            .Select(s => new { s.Id, s.Year, s.Quarter, s.NoticeClosesAt }).ToListAsync(ct);
        return sheets
            .Where(s => s.NoticeClosesAt is { } closes && closes > now && closes - now <= Window)
            .Select(s =>
            {
                var closes = s.NoticeClosesAt!.Value.ToLocalTime();
                return new Reminder("Reminder_NoticeClosing", [s.Year, s.Quarter, closes.ToString("yyyy-MM-dd HH:mm")],
                    $"/Notices/Details/{s.Id}", false, DateOnly.FromDateTime(closes.Date));
            })
            .ToList();
    }
}
