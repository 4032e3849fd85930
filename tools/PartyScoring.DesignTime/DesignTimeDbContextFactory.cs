using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build the context for any provider: pass <c>-- --provider Sqlite</c>, <c>PostgreSql</c> or
/// <c>SqlServer</c>. No database is contacted to add a migration, check for pending changes or write a script, so the
/// connection strings below only have to be well-formed.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartyScoringDbContext>
{
    public PartyScoringDbContext CreateDbContext(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        var provider = DatabaseProviderExtensions.Parse(index >= 0 && index + 1 < args.Length ? args[index + 1] : null);
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=127.0.0.1;Database=partyscoring_design;Username=design;Password=design",
            _ => "Server=127.0.0.1;Database=partyscoring_design;User Id=design;Password=design;TrustServerCertificate=True",
        };
        var options = new DbContextOptionsBuilder<PartyScoringDbContext>();
        options.UseProvider(provider, connection);
        return new PartyScoringDbContext(options.Options);
    }
}
