using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>Migrates the database, creates the roles and — with Demo:Seed — the demo township, then prints the demo logins.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var seedDemo = app.Configuration.GetValue("Demo:Seed", false);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo);
        }
        if (!seedDemo)
            return;
        // Printed on every demo start (not only the first), so the logins are at hand in the console.
        Console.WriteLine();
        Console.WriteLine("==== 演示账号 Demo logins (password for all: " + DemoSeeder.DemoPassword + ") ====");
        foreach (var login in DemoSeeder.Logins)
            Console.WriteLine($"  {login.UserName,-12} {login.Role,-16} {login.Description}");
        Console.WriteLine();
    }
}
