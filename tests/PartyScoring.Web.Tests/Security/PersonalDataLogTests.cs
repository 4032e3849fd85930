using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>The app logging to a file in a temporary folder, as configured for production.</summary>
public sealed class LogFileAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    // Serilog reads its sinks before the test host's settings apply, so the file path goes in through the
    // environment, only while this app starts.
    private const string PathVariable = "Serilog__WriteTo__1__Args__path";

    public string LogFolder { get; } = Directory.CreateTempSubdirectory("partyscoring-logs-").FullName;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Environment.SetEnvironmentVariable(PathVariable, Path.Combine(LogFolder, "app-.log"));
        try
        {
            return base.CreateHost(builder);
        }
        finally
        {
            Environment.SetEnvironmentVariable(PathVariable, null);
        }
    }

    public string ReadLogs() => string.Join('\n', Directory.GetFiles(LogFolder).Select(f =>
    {
        using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            try { Directory.Delete(LogFolder, true); } catch (IOException) { }
    }
}

/// <summary>
/// Issue 8 §5, issue 19 §2: after sign-ins (good and failed), pages full of names and a query string with a name and a
/// phone, the log holds no member name, phone or query string.
/// </summary>
public sealed class PersonalDataLogTests(LogFileAppFactory app) : IClassFixture<LogFileAppFactory>
{
    [Fact]
    public async Task TheLogFileHoldsNoMemberNameOrPhone()
    {
        var (a, _) = await BranchIds.LoadAsync(app);
        var members = await app.WithDbAsync(db => db.Members.Select(m => new { m.Name, m.Phone }).ToListAsync());
        var someone = members.First(m => m.Phone is not null);
        // a person's name and phone typed as user names (failed sign-ins) must not reach the log either
        await app.NewClient().LoginAsync(someone.Name, "Wrong-password-1");
        await app.NewClient().LoginAsync(someone.Phone!, "Wrong-password-1");
        foreach (var user in new[] { "clerk1", "office", "member1" })
        {
            var client = await app.SignedInAsync(user);
            foreach (var url in new[] { "/", $"/Branches/Details/{a.Branch}", $"/Members/Details/{a.Member}", "/Quarters", "/Audit" })
                (await client.GetAsync(url)).StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
        }
        // a query string can carry anything a person typed: the request line keeps the path only
        var query = $"/Quarters?search={Uri.EscapeDataString(someone.Name)}&phone={someone.Phone}";
        (await (await app.SignedInAsync("clerk1")).GetAsync(query)).StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);

        var logs = app.ReadLogs();

        logs.Should().Contain("HTTP GET /Quarters responded 200", "the file sink got Serilog's request lines");
        logs.Should().NotContain("search=").And.NotContain("phone=");
        var leaked = members.Where(m => logs.Contains(m.Name, StringComparison.Ordinal) || (m.Phone is { Length: > 0 } p && logs.Contains(p, StringComparison.Ordinal)))
            .Select(m => m.Name).ToList();
        leaked.Should().BeEmpty();
    }
}
