using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.StarRating;

/// <summary>Whether a branch's points management (党员量化积分管理) was done in one quarter, from the data.</summary>
public sealed record QuarterEvidence(int Quarter, bool Done);

/// <summary>
/// The evidence the 党员管理 area shows next to "按规定开展党员量化积分管理". Kept behind an interface so that,
/// once quarter sheets exist, it can read whether each sheet was final on time instead.
/// </summary>
public interface IPointsManagementEvidence
{
    /// <summary>The quarters of <paramref name="year"/> that have ended by <paramref name="today"/>, each with its state.</summary>
    Task<IReadOnlyList<QuarterEvidence>> ForBranchAsync(int branchId, int year, DateOnly today, CancellationToken ct = default);
}

/// <summary>Until the quarter sheets exist: a past quarter counts as done when the branch has confirmed ledger lines in it.</summary>
public sealed class LedgerPointsManagementEvidence(PartyScoringDbContext db) : IPointsManagementEvidence
{
    public async Task<IReadOnlyList<QuarterEvidence>> ForBranchAsync(int branchId, int year, DateOnly today, CancellationToken ct = default)
    {
        var pastQuarters = year < today.Year ? 4 : year > today.Year ? 0 : (today.Month - 1) / 3;
        if (pastQuarters == 0)
            return [];
        var confirmed = await db.LedgerLines.AsNoTracking()
            .Where(l => l.BranchId == branchId && l.Year == year && l.State == LedgerLineState.Confirmed)
            .Select(l => l.Quarter).Distinct().ToListAsync(ct);
        return Enumerable.Range(1, pastQuarters).Select(q => new QuarterEvidence(q, confirmed.Contains(q))).ToList();
    }
}
