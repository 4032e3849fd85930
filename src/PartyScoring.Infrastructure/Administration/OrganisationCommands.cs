using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>
/// Creates the organisation tree: a county at the top, townships, branches and party groups below. The setup command and
/// the demo seeder both build their trees here; every row is audited by the context like any other change.
/// </summary>
public sealed class OrganisationCommands(PartyScoringDbContext db)
{
    public Task<Organisation> CreateCountyAsync(string name, CancellationToken ct = default) =>
        SaveWithPathAsync(Organisation.CreateCounty(name), ct);

    public Task<Organisation> AddAsync(Organisation parent, string name, OrganisationKind kind, BranchField? field = null,
        CancellationToken ct = default) =>
        SaveWithPathAsync(parent.AddChild(name, kind, field), ct);

    /// <summary>The path holds the organisation's own id, so it is written once the id exists (same transaction).</summary>
    private async Task<Organisation> SaveWithPathAsync(Organisation organisation, CancellationToken ct)
    {
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        organisation.AssignPath();
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public Task<bool> AnyAsync(CancellationToken ct = default) => db.Organisations.AnyAsync(ct);
}
