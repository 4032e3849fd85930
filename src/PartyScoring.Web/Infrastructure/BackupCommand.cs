using Microsoft.Data.Sqlite;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// `dotnet run --project src/PartyScoring.Web -- backup &lt;file&gt;`: a consistent copy of the SQLite database taken
/// with SQLite's online backup API, safe while the app is running. PostgreSQL is backed up with pg_dump (README).
/// </summary>
public static class BackupCommand
{
    public static bool IsBackup(string[] args) => args.Length >= 1 && args[0] == "backup";

    public static int Run(string[] args, IConfiguration configuration, string contentRoot)
    {
        var settings = DatabaseSettings.From(configuration, contentRoot);
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: backup <file>");
            return 2;
        }
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            Console.Error.WriteLine("PostgreSQL: use pg_dump --format=custom (see README).");
            return 2;
        }
        Backup(settings.ConnectionString, Path.GetFullPath(args[1]));
        Console.WriteLine("backup written: " + Path.GetFullPath(args[1]));
        return 0;
    }

    public static void Backup(string sourceConnectionString, string file)
    {
        using var source = new SqliteConnection(sourceConnectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }
}
