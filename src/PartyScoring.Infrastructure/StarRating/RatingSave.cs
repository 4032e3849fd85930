using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.StarRating;

internal static class RatingSave
{
    /// <summary>
    /// Two people acting on the same rating at once (concurrency stamp), or creating the same row twice (unique index):
    /// the later one gets a message to reload, never an error page.
    /// </summary>
    public static async Task SaveAsync(PartyScoringDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            throw new DomainException("rating.concurrency", "changed by someone else: " + e.GetType().Name);
        }
    }
}
