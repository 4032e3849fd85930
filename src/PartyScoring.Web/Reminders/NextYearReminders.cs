using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// From 1 December the township office is reminded to prepare next year's scheme and star-rating standard (issue 13 §6):
/// on 1 January the grid, declarations and star rating need them.
/// </summary>
public sealed class NextYearReminders : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        if (today.Month != 12 || !user.IsInRole(Roles.TownshipOffice))
            return [];
        if (await data.OwnOrganisationAsync(ct) is not { Kind: OrganisationKind.Township } township)
            return [];
        var next = today.Year + 1;
        var hasScheme = await data.Schemes.AnyAsync(s => s.TownshipId == township.Id && s.Year == next, ct);
        var hasStandard = await data.Db.RatingStandards.AnyAsync(s => s.TownshipId == township.Id && s.Year == next, ct);
        if (hasScheme && hasStandard)
            return [];
        return [new Reminder("Reminder_NextYear", [next], "/YearSetup", false, new DateOnly(today.Year, 12, 31))];
    }
}
