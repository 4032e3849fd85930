using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>The township office's years: which have a scheme and a star-rating standard (issue 13 §6).</summary>
public sealed class YearSetupQuery(ScopedData data, TimeProvider clock)
{
    /// <summary>The office's own township, or null for anyone whose scope is not one township.</summary>
    public async Task<Organisation?> TownshipAsync(CancellationToken ct = default) =>
        await data.OwnOrganisationAsync(ct) is { Kind: OrganisationKind.Township } township ? township : null;

    public async Task<YearSetupViewModel?> RunAsync(CancellationToken ct = default)
    {
        if (await TownshipAsync(ct) is not { } township)
            return null;
        var thisYear = clock.GetLocalNow().Year;
        int[] years = [thisYear, thisYear + 1];
        var schemes = await data.Schemes.AsNoTracking().Where(s => s.TownshipId == township.Id && years.Contains(s.Year))
            .Select(s => new { s.Year, s.Name, s.Version, s.State }).ToListAsync(ct);
        var standards = await data.Db.RatingStandards.AsNoTracking().Where(s => s.TownshipId == township.Id && years.Contains(s.Year))
            .Select(s => s.Year).ToListAsync(ct);
        var rows = years.Select(y => schemes.Where(s => s.Year == y).MaxBy(s => s.Version) is { } s
                ? new YearSetupRow(y, s.Name, s.Version, s.State, standards.Contains(y))
                : new YearSetupRow(y, null, null, null, standards.Contains(y)))
            .ToList();
        return new YearSetupViewModel(township.Name, rows, [.. SchemePresets.Keys, YearSetupCommands.PreviousYear]);
    }
}
