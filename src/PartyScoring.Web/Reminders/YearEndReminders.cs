using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.YearEnd;

namespace PartyScoring.Web.Reminders;

/// <summary>半年一谈话 not yet held: the secretary of each branch whose Q2 is final and whose talk list has members without a talk.</summary>
public sealed class TalksPendingReminders(TalkService talks) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.BranchSecretary))
            return [];
        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch).Select(o => o.Id).ToListAsync(ct);
        var reminders = new List<Reminder>();
        foreach (var branch in branches)
        {
            if (await talks.ListAsync(branch, today.Year, ct) is { SecondQuarterFinal: true, Pending: > 0 } list)
                reminders.Add(new Reminder("Reminder_TalksPending", [list.Pending, list.Branch.Name],
                    $"/YearEndResults/Talks/{branch}?year={today.Year}"));
        }
        return reminders;
    }
}

/// <summary>
/// The year-end deadline (from the scheme) within 30 days or passed, for a register not yet approved: the branch
/// secretary for their branch, the office for each branch of the township.
/// </summary>
public sealed class YearEndDeadlineReminders : IReminderSource
{
    public const int DaysAhead = 30;

    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.BranchSecretary) && !user.IsInRole(Roles.TownshipOffice))
            return [];
        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).ToListAsync(ct);
        var reminders = new List<Reminder>();
        // The year whose deadline is running: last year's while its deadline (e.g. 10 January) has not been passed by long.
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var frozen = await data.Db.YearEndRegisters.AsNoTracking()
                .Where(r => r.Year == year).Where(YearEndRegister.Frozen)
                .Select(r => r.BranchId).ToListAsync(ct);
            foreach (var branch in branches.Where(b => !frozen.Contains(b.Id)))
            {
                var scheme = await SchemeLookup.CurrentAsync(data.Db, SchemeLookup.TownshipIdOf(branch), year, ct);
                if (scheme is null)
                    continue;
                var deadline = scheme.YearEndDeadline.For(year);
                if (today < deadline.AddDays(-DaysAhead) || (year < today.Year && today > deadline.AddDays(DaysAhead)))
                    continue;
                var overdue = YearEndRegister.IsOverdueIn(null, deadline, today); // not frozen: filtered above
                reminders.Add(new Reminder(overdue ? "Reminder_YearEndOverdue" : "Reminder_YearEndDue", [branch.Name, year, deadline.ToString("yyyy-MM-dd")],
                    $"/YearEnd/Branch/{branch.Id}?year={year}", overdue, deadline));
            }
        }
        return reminders;
    }
}
