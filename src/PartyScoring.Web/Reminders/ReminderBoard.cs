using System.Security.Claims;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>Every registered <see cref="IReminderSource"/> for the home page: overdue first, then by due date.</summary>
public sealed class ReminderBoard(IEnumerable<IReminderSource> sources, ScopedData data, TimeProvider clock)
{
    public async Task<IReadOnlyList<Reminder>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var all = new List<Reminder>();
        foreach (var source in sources)
            all.AddRange(await source.ForAsync(data, user, today, ct));
        return all.OrderByDescending(r => r.IsOverdue).ThenBy(r => r.Due ?? DateOnly.MaxValue).ToList();
    }
}
