using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for either provider: pass <c>-- --provider Sqlite</c> or
/// <c>-- --provider PostgreSql</c>. No database is contacted to add a migration or check for pending changes.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartyScoringDbContext>
{
    public PartyScoringDbContext CreateDbContext(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        var provider = DatabaseProviderExtensions.Parse(index >= 0 && index + 1 < args.Length ? args[index + 1] : null);
        var connection = provider == DatabaseProvider.Sqlite
            ? "Data Source=design-time.db"
            : "Host=127.0.0.1;Database=partyscoring_design;Username=design;Password=design";
        var options = new DbContextOptionsBuilder<PartyScoringDbContext>();
        options.UseProvider(provider, connection);
        return new PartyScoringDbContext(options.Options);
    }
}
