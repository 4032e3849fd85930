using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// `dotnet run --no-launch-profile --project src/PartyScoring.Web -- setup &lt;plan.json&gt;`: starts a real installation (no demo) from a plan file
/// — the county, townships, branches, staff logins and this year's scheme (README, docs/setup-example.json). Migrates the
/// database, refuses one that already holds organisations, and prints each login's one-time password, to be changed at the
/// first sign-in. Messages are in Chinese (zh-CN resources).
/// </summary>
public static class SetupCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static bool IsSetup(string[] args) => args.Length >= 1 && args[0] == "setup";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var t = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (args.Length != 2)
        {
            output.WriteLine(t["Setup_Usage"]);
            return 2;
        }
        SetupPlan? plan;
        try
        {
            plan = JsonSerializer.Deserialize<SetupPlan>(await File.ReadAllTextAsync(args[1]), Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            output.WriteLine(t["Setup_FileUnreadable", args[1], e.Message]);
            return 2;
        }
        if (plan is null)
        {
            output.WriteLine(t["Setup_FileUnreadable", args[1], ""]);
            return 2;
        }
        var problems = InstallationSetup.Check(plan);
        foreach (var problem in problems)
            output.WriteLine(t[problem.Key, problem.Args]);
        if (problems.Count > 0)
            return 2;

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false);
        var created = await services.GetRequiredService<InstallationSetup>().RunAsync(plan);
        if (created is null)
        {
            output.WriteLine(t["Setup_AlreadyInstalled"]);
            return 1;
        }
        output.WriteLine(t["Setup_Done", plan.County]);
        foreach (var login in created)
            output.WriteLine($"  {login.UserName,-16} {t["Role_" + login.Role],-10} {login.Organisation,-16} {login.InitialPassword}");
        output.WriteLine(t["Setup_ChangePassword"]);
        return 0;
    }
}
