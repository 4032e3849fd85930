using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Quarters;

/// <summary>
/// Saves a change that carries an optimistic concurrency stamp: if someone saved first, nothing is written,
/// the context forgets the change, and the caller answers with a conflict the user can reload from.
/// </summary>
public static class SaveOrConflict
{
    public static async Task<ServiceResult> SaveOrConflictAsync(this PartyScoringDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ServiceResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult.Conflict;
        }
    }
}
