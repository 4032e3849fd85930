using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>Applies the provider's migrations, makes sure the roles exist, and seeds the demo township when asked.</summary>
public sealed class DatabaseInitializer(
    PartyScoringDbContext db,
    RoleManager<IdentityRole> roles,
    DemoSeeder demo,
    ILogger<DatabaseInitializer> logger)
{
    /// <returns>True when the demo township was created by this call.</returns>
    public async Task<bool> InitializeAsync(bool seedDemo, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
        if (!seedDemo)
            return false;
        var logins = await demo.SeedIfEmptyAsync(ct);
        if (logins is not null)
            logger.LogInformation("Demo township created with {Count} demo logins", logins.Count);
        return logins is not null;
    }
}
