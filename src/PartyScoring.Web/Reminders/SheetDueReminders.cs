using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// 季度积分表待报送: for the branch clerk and secretary, the current and the previous quarter's sheet while it is not yet
/// submitted. Due at the quarter's end plus a grace period (setting Reminders:SheetGraceDays, default 15 days).
/// </summary>
public sealed class SheetDueReminders(IOptions<ReminderOptions> options) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.BranchClerk) && !user.IsInRole(Roles.BranchSecretary))
            return [];
        var branch = await data.OwnOrganisationAsync(ct);
        if (branch is not { Kind: OrganisationKind.Branch })
            return [];
        var grace = options.Value.SheetGraceDays;
        var current = CalendarQuarter.Containing(today);
        var previous = current.Previous;
        var list = new List<Reminder>();
        foreach (var due in new[] { previous, current })
        {
            var (year, quarter) = (due.Year, due.Number);
            var sheet = await data.Db.QuarterSheets.AsNoTracking()
                .Where(s => s.BranchId == branch.Id && s.Year == year && s.Quarter == quarter)
                .Select(s => new { s.Id, s.State }).SingleOrDefaultAsync(ct);
            if (sheet is not null && sheet.State >= SheetState.Submitted)
                continue; // the branch has done its part
            // A previous quarter whose sheet never existed predates the system's use here: nothing to remind.
            if (sheet is null && due == previous)
                continue;
            var dueOn = due.DueWithGrace(grace);
            var url = sheet is null ? "/Quarters" : $"/Quarters/Sheet/{sheet.Id}";
            list.Add(new Reminder("Reminder_SheetDue", [year, quarter, dueOn.ToString("yyyy-MM-dd")], url,
                SheetRules.IsOverdue(sheet?.State, due, grace, today), dueOn));
        }
        return list;
    }
}
