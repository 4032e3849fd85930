using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.StarRating;

/// <summary>The county's spot check and the township's rectification list. False means out of scope (404).</summary>
public sealed class CountyCheckService(ScopedData data, StarRatingReader reader, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Draws once per township and year; the seed is stored so that anyone can repeat the draw.</summary>
    public async Task<bool> DrawAsync(int townshipId, int year, long seed, CancellationToken ct = default)
    {
        if (await reader.TownshipAsync(townshipId, ct) is null)
            return false;
        if (await data.Db.SpotChecks.AnyAsync(s => s.TownshipId == townshipId && s.Year == year, ct))
            throw new DomainException("spotcheck.exists", "the draw for this year is already made");
        var ratings = await data.Db.BranchRatings.AsNoTracking().Where(r => r.TownshipId == townshipId && r.Year == year).ToListAsync(ct);
        if (ratings.Count == 0)
            throw new DomainException("spotcheck.early", "no ratings yet");
        data.Db.SpotChecks.Add(SpotCheck.Draw(townshipId, year, seed, ratings, actor.Name, clock.GetUtcNow()));
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    public async Task<bool> RecordAsync(int townshipId, int year, int branchId, bool upheld, string finding, CancellationToken ct = default)
    {
        if (await reader.TownshipAsync(townshipId, ct) is null)
            return false;
        var check = await data.Db.SpotChecks.SingleOrDefaultAsync(s => s.TownshipId == townshipId && s.Year == year, ct);
        if (check is null)
            return false;
        check.Record(branchId, upheld, finding, actor.Name, clock.GetUtcNow());
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    public async Task<Rectification?> RectificationAsync(int id, CancellationToken ct = default)
    {
        var branches = data.Organisations.Select(o => o.Id);
        return await data.Db.Rectifications.SingleOrDefaultAsync(r => r.Id == id && branches.Contains(r.BranchId), ct);
    }

    public Task<bool> PlanAsync(int id, string measures, string person, DateOnly deadline, CancellationToken ct = default) =>
        OnRectificationAsync(id, ct, r => r.Plan(measures, person, deadline));

    public Task<bool> ReportAsync(int id, string note, CancellationToken ct = default) =>
        OnRectificationAsync(id, ct, r => r.Report(note, actor.Name, clock.GetUtcNow()));

    public Task<bool> CloseAsync(int id, CancellationToken ct = default) =>
        OnRectificationAsync(id, ct, r => r.Close(actor.Name, clock.GetUtcNow()));

    private async Task<bool> OnRectificationAsync(int id, CancellationToken ct, Action<Rectification> change)
    {
        var rectification = await RectificationAsync(id, ct);
        if (rectification is null)
            return false;
        change(rectification);
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }
}
