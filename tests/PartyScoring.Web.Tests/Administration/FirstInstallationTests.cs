using PartyScoring.Infrastructure.Scoping;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Testing;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Administration;

/// <summary>
/// A real installation, as README tells a township to start one: `PartyScoring.Web setup plan.json` run as a process in
/// Production on an empty database, then the app on that database without the demo. The office and a clerk sign in with the
/// printed one-time passwords (and must change them), the clerk imports the roster, and the branch's year is scored under
/// the scheme the plan chose.
/// </summary>
public abstract class FirstInstallationTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "partyscoring-setup", Guid.NewGuid().ToString("N"));

    private const string Plan = """
        {
          "county": "安装测试县委",
          "countyReviewer": { "userName": "county-admin", "displayName": "县委组织部" },
          "townships": [ {
            "name": "安装测试乡党委", "scheme": "seed000",
            "office": { "userName": "office", "displayName": "乡党建办" },
            "branches": [
              { "name": "东风村党支部", "field": "Rural",
                "secretary": { "userName": "df-sj", "displayName": "东风村书记" },
                "clerk": { "userName": "df-ws", "displayName": "东风村文书" },
                "partyGroups": [ "第一党小组" ] },
              { "name": "新华社区党支部", "field": "Community",
                "secretary": { "userName": "xh-sj", "displayName": "新华社区书记" } }
            ] } ]
        }
        """;

    private async Task<(int ExitCode, string Output)> SetupAsync(string plan)
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "plan.json");
        await File.WriteAllTextAsync(file, plan);
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var start = new ProcessStartInfo(host) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PartyScoring.Web.dll"));
        start.ArgumentList.Add("setup");
        start.ArgumentList.Add(file);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_CONTENTROOT"] = AppContext.BaseDirectory;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(_folder, "logs", "partyscoring-.log");
        foreach (var (key, value) in _database.Settings())
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A hang guard, not a time limit: the first run migrates the database on a busy machine.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static Dictionary<string, string> Passwords(string output) =>
        Regex.Matches(output, @"^\s+(\S+)\s+.+\s(\S{12})\s*$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    private static async Task<HttpClient> FirstSignInAsync(WebApplicationFactory<Program> app, string userName, string initial, string chosen)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await client.LoginAsync(userName, initial)).StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} signs in with the printed password");
        (await client.GetAsync("/")).Headers.Location!.ToString().Should().Be("/Account/ChangePassword", "an initial password must be changed first");
        var form = (await client.GetPageAsync("/Account/ChangePassword")).QuerySelector<IHtmlFormElement>("form[action='/Account/ChangePassword']")!;
        (await client.PostFormAsync(form, new Dictionary<string, string>
        {
            ["CurrentPassword"] = initial, ["NewPassword"] = chosen, ["ConfirmPassword"] = chosen,
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        return client;
    }

    [Fact]
    public async Task ATownshipStartsFromThePlanSignsInWithOneTimePasswordsImportsItsRosterAndIsScored()
    {
        var refused = await SetupAsync(Plan.Replace("\"seed000\"", "\"seed999\"").Replace("\"xh-sj\"", "\"df-sj\""));
        refused.ExitCode.Should().Be(2, refused.Output);
        refused.Output.Should().Contain("积分方案“seed999”不存在").And.Contain("登录名“df-sj”重复出现");

        var (exitCode, output) = await SetupAsync(Plan);
        exitCode.Should().Be(0, output);
        output.Should().Contain("安装完成：安装测试县委");
        var passwords = Passwords(output);
        passwords.Keys.Should().BeEquivalentTo(["county-admin", "office", "df-sj", "df-ws", "xh-sj"], output);

        var again = await SetupAsync(Plan);
        again.ExitCode.Should().Be(1, again.Output);
        again.Output.Should().Contain("数据库中已有组织");

        await using var app = new InstalledApp(_database);
        var office = await FirstSignInAsync(app, "office", passwords["office"], "Office-Chosen-2026");
        var home = await (await office.GetAsync("/")).Content.ReadAsStringAsync();
        home.Should().Contain("东风村党支部").And.Contain("新华社区党支部");

        var clerk = await FirstSignInAsync(app, "df-ws", passwords["df-ws"], "Clerk-Chosen-2026");
        object[] Row(string name) => [name, "男", new DateTime(1980, 5, 1), "13800138000", "东风村党支部", "正式党员", "农村", "2005-07-01"];
        (await RosterFile.UploadAsync(clerk, RosterFile.Build([Row("赵安装"), Row("钱安装"), Row("孙安装")]))).StatusCode
            .Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);

        var branchId = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "东风村党支部").Select(o => o.Id).SingleAsync());
        var ranking = await office.GetPageAsync($"/Branches/Details/{branchId}");
        var rows = ranking.QuerySelectorAll("table.points-table tbody tr[data-member-id]").ToList();
        rows.Select(r => r.QuerySelector("td a")!.TextContent.Trim()).Should().BeEquivalentTo(["赵安装", "钱安装", "孙安装"]);
        rows.Select(r => r.QuerySelector("td.total")!.TextContent.Trim()).Should().AllBe("80.0", "seed 000: every member starts the year at 80");
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.MustChangePassword))).Should().Be(3, "the three who have not signed in yet");
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The app on the installed database, without the demo.</summary>
    private sealed class InstalledApp(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in database.Settings())
                builder.UseSetting(key, value);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Pdf:WarmUpAtStart", "false");
        }

        public async Task<T> WithDbAsync<T>(Func<PartyScoringDbContext, Task<T>> query)
        {
            await using var scope = Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<DataScope>().SeeEverything(ScopeBypass.Tooling);
            return await query(scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>());
        }
    }
}

public sealed class SqliteFirstInstallationTests() : FirstInstallationTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlFirstInstallationTests() : FirstInstallationTests(DatabaseProvider.PostgreSql);
