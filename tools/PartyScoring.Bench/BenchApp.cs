using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PartyScoring.Bench;

/// <summary>The real app (Program) in-process on a benchmark database, for measurements that go through HTTP.</summary>
public sealed partial class BenchApp : WebApplicationFactory<Program>
{
    private readonly BenchOptions options;
    private readonly string connectionString;

    public BenchApp(BenchOptions options, string connectionString)
    {
        this.options = options;
        this.connectionString = connectionString;
        // The factory finds the web project's folder through this variable when not run from a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARTYSCORING_WEB", WebProjectFolder());
    }

    private static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PartyScoring.sln")))
            folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("PartyScoring.sln not found above the bench"), "src", "PartyScoring.Web");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", options.Provider.ToString());
        builder.UseSetting(options.Provider == Infrastructure.Persistence.DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:PostgreSql", connectionString);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Security:SecureCookies", "false"); // plain http in-process
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        builder.UseSetting("Exports:Folder", Path.Combine(options.DataFolder, "exports"));
    }

    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = BenchUsers.Password,
            ["__RequestVerificationToken"] = Token(login),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{userName} could not sign in ({response.StatusCode}).");
        return client;
    }

    /// <summary>The antiforgery token of the last form on the page (the first is the language switch).</summary>
    public static string Token(string html) => TokenPattern().Matches(html)[^1].Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
