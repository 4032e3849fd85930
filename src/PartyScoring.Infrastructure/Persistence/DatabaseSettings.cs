using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>Reads the provider and connection string; a relative SQLite file goes under the content root.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var provider = DatabaseProviderExtensions.Parse(configuration["Database:Provider"]);
        if (provider != DatabaseProvider.Sqlite)
        {
            var name = provider.ToString();
            var server = configuration.GetConnectionString(name);
            if (string.IsNullOrWhiteSpace(server))
                throw new InvalidOperationException($"Database:Provider is {name} but ConnectionStrings:{name} is empty.");
            return new DatabaseSettings(provider, server);
        }

        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Sqlite") ?? "Data Source=data/partyscoring.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return new DatabaseSettings(provider, builder.ToString());
    }
}
