using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// 季度积分表待报送: for the branch clerk and secretary, the current and the previous quarter's sheet while it is not yet
/// submitted. Due at the quarter's end plus a grace period (setting Reminders:SheetGraceDays, default 15 days).
/// </summary>
public sealed class SheetDueReminders(IConfiguration configuration) : IReminderSource
{
    public const int DefaultGraceDays = 15;

    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.BranchClerk) && !user.IsInRole(Roles.BranchSecretary))
            return [];
        var branch = await data.OwnOrganisationAsync(ct);
        if (branch is not { Kind: OrganisationKind.Branch })
            return [];
        var grace = configuration.GetValue("Reminders:SheetGraceDays", DefaultGraceDays);
        var current = (today.Year, Quarter: (today.Month + 2) / 3);
        var previous = current.Quarter == 1 ? (Year: today.Year - 1, Quarter: 4) : (current.Year, Quarter: current.Quarter - 1);
        var list = new List<Reminder>();
        foreach (var (year, quarter) in new[] { previous, current })
        {
            var sheet = await data.Db.QuarterSheets.AsNoTracking()
                .Where(s => s.BranchId == branch.Id && s.Year == year && s.Quarter == quarter)
                .Select(s => new { s.Id, s.State }).SingleOrDefaultAsync(ct);
            if (sheet is not null && sheet.State >= SheetState.Submitted)
                continue;
            var due = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1).AddDays(grace);
            // A previous quarter whose sheet never existed predates the system's use here: nothing to remind.
            if (sheet is null && (year, quarter) == previous)
                continue;
            var url = sheet is null ? "/Quarters" : $"/Quarters/Sheet/{sheet.Id}";
            list.Add(new Reminder("Reminder_SheetDue", [year, quarter, due.ToString("yyyy-MM-dd")], url, today > due, due));
        }
        return list;
    }
}
