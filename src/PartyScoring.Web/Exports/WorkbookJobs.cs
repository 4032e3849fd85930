using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Exports;

/// <summary>A user's township-workbook jobs: queued here, run by <see cref="ExportJobRunner"/>, seen and fetched only by them.</summary>
public sealed class WorkbookJobs(PartyScoringDbContext db, ExportJobQueue queue, UserManager<AppUser> users, ExportStorage storage,
    TimeProvider clock)
{
    private const int DoubleClickSeconds = 10;

    /// <returns>The job to follow, or null for a user without an id.</returns>
    public async Task<Guid?> StartAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        if (users.GetUserId(user) is not { } userId)
            return null;
        // A double click (or a second tab) follows the same job instead of queueing the same work again: one still
        // on its way, or one asked for seconds ago (it may be done already). The user's own jobs are few: filtered here.
        var culture = CultureInfo.CurrentUICulture.Name;
        var recent = clock.GetUtcNow().AddSeconds(-DoubleClickSeconds);
        var same = (await db.ExportJobs.AsNoTracking()
                .Where(j => j.Kind == ExportJobRunner.TownshipWorkbook && j.Year == year && j.RequestedBy == userId && j.Culture == culture)
                .ToListAsync(ct))
            .FirstOrDefault(j => j.State is ExportJobState.Queued or ExportJobState.Running
                                 || (j.State != ExportJobState.Failed && j.RequestedAt >= recent));
        if (same is not null)
            return same.Id;
        var job = new ExportJob(ExportJobRunner.TownshipWorkbook, year, userId, culture, clock.GetUtcNow());
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        queue.Wake();
        return job.Id;
    }

    public async Task<ExportJob?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var userId = users.GetUserId(user);
        return await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.RequestedBy == userId, ct);
    }

    /// <summary>The finished file of one's own job, or null.</summary>
    public async Task<(string Path, string Name)?> FileAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var job = await FindAsync(user, id, ct);
        var path = storage.PathOf(id);
        return job is { State: ExportJobState.Done } && File.Exists(path) ? (path, job.FileName!) : null;
    }
}
