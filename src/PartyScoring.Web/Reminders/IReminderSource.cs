using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Reminders;

/// <summary>
/// One kind of reminder (quarter sheet due, notice window closing, objections waiting, talks pending, year-end
/// deadline). Each source reads through the user's scope and returns only what this user must act on.
/// Register implementations with <c>services.AddScoped&lt;IReminderSource, …&gt;()</c>; the home page shows them all.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Reminder>> ForAsync(ScopedData data, System.Security.Claims.ClaimsPrincipal user, DateOnly today, CancellationToken ct);
}
