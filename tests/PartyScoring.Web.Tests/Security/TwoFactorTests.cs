using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 8 §3: optional two-factor sign-in with an authenticator app, driven over HTTP like a person with a phone
/// (codes computed by <see cref="TwoFactorTotp"/> from the key the page prints). Each test uses its own demo user,
/// because two-factor sign-in stays on for the rest of the class.
/// </summary>
public abstract class TwoFactorTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task EnablingNeedsTheAppsCodeAndAfterwardsSigningInAsksForIt()
    {
        var client = await app.SignedInAsync("secretary3");
        var page = await SecurityPage.WithKeyAsync(client);
        var key = KeyOn(page);
        page.QuerySelector("#two-factor-status")!.TextContent.Should().Contain("尚未启用");
        key.Should().MatchRegex("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", "the key is shown in groups of four");
        page.QuerySelector("#authenticator-uri")!.TextContent.Should()
            .StartWith("otpauth://totp/PartyScoring:secretary3?")
            .And.Contain("secret=" + key.Replace(" ", "").ToUpperInvariant())
            .And.Contain("issuer=PartyScoring");
        page.QuerySelector("#authenticator-qr svg").Should().NotBeNull("the link is also drawn as a QR code");

        var wrong = TwoFactorTotp.WrongCodeNow(key);
        var refused = await Browserless.ParseAsync(await PostAsync(client, page, "/AccountSecurity/Enable", new() { ["Code"] = wrong }));
        refused.QuerySelector("#two-factor-status")!.TextContent.Should().Contain("尚未启用");
        refused.Body!.TextContent.Should().Contain("动态验证码不正确");
        refused.QuerySelector<IHtmlInputElement>("input[name=Code]")!.Value.Should().Be(wrong, "the typed value is kept");
        KeyOn(refused).Should().Be(key, "a wrong code does not change the key");
        (await UserAsync("secretary3")).TwoFactorEnabled.Should().BeFalse();

        var (_, codes) = await EnableAsync(client, "secretary3", page);

        codes.Should().HaveCount(TwoFactorAccounts.RecoveryCodeCount).And.OnlyHaveUniqueItems();
        (await AuditActionsAsync("secretary3")).Should().Equal(TwoFactorAccounts.KeyIssued, TwoFactorAccounts.Enabled);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "enabling keeps the current session");
        (await client.GetPageAsync("/AccountSecurity")).QuerySelector("#recovery-left")!.TextContent.Should().Contain("10");

        var phone = app.NewClient();
        var afterPassword = await phone.LoginAsync("secretary3", DemoSeeder.DemoPassword);
        afterPassword.StatusCode.Should().Be(HttpStatusCode.Redirect);
        afterPassword.Headers.Location!.ToString().Should().StartWith("/Account/LoginTwoFactor");
        await ShouldBeSignedOutAsync(phone, "the password alone does not sign in");

        var second = await SecondStepAsync(phone, wrong);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await Browserless.ParseAsync(second);
        again.Body!.TextContent.Should().Contain("验证码或恢复码不正确");
        again.QuerySelector<IHtmlInputElement>("input[name=Code]")!.Value.Should().Be(wrong);
        await ShouldBeSignedOutAsync(phone, "a wrong code does not sign in");
        (await UserAsync("secretary3")).AccessFailedCount.Should().Be(1, "a wrong code counts towards the lockout");

        var signedIn = await SecondStepAsync(phone, TwoFactorTotp.CodeNow(key));
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().Should().Be("/");
        (await phone.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceOnly()
    {
        var client = await app.SignedInAsync("secretary4");
        var (_, codes) = await EnableAsync(client, "secretary4");

        var first = app.NewClient();
        await first.LoginAsync("secretary4", DemoSeeder.DemoPassword);
        // typed the way people do: lower case, without the dash
        var used = await SecondStepAsync(first, codes[3].Replace("-", "").ToLowerInvariant());
        used.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await first.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.GetPageAsync("/AccountSecurity")).QuerySelector("#recovery-left")!.TextContent.Should().Contain("9");
        (await AuditActionsAsync("secretary4")).Should().EndWith(TwoFactorAccounts.RecoveryCodeUsed);

        var second = app.NewClient();
        await second.LoginAsync("secretary4", DemoSeeder.DemoPassword);
        var reused = await SecondStepAsync(second, codes[3]);
        reused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await reused.Content.ReadAsStringAsync()).Should().Contain("验证码或恢复码不正确");
        await ShouldBeSignedOutAsync(second, "a recovery code works once");
        (await UserAsync("secretary4")).AccessFailedCount.Should().Be(1, "a wrong recovery code counts towards the lockout too");
    }

    [Fact]
    public async Task DisablingNeedsACodeOrThePasswordAndThenThePasswordAloneSignsIn()
    {
        var client = await app.SignedInAsync("evaluator1");
        await EnableAsync(client, "evaluator1");
        var page = await client.GetPageAsync("/AccountSecurity");
        page.QuerySelector("#two-factor-status")!.TextContent.Should().Contain("已启用");

        var refused = await PostAsync(client, page, "/AccountSecurity/Disable", new() { ["DisableProof"] = "Not-the-password1" });
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("动态验证码或密码不正确");
        (await UserAsync("evaluator1")).TwoFactorEnabled.Should().BeTrue();

        var disabled = await PostAsync(client, page, "/AccountSecurity/Disable", new() { ["DisableProof"] = DemoSeeder.DemoPassword });

        disabled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.GetPageAsync("/AccountSecurity");
        after.QuerySelector("#two-factor-disabled").Should().NotBeNull();
        after.QuerySelector("#two-factor-status")!.TextContent.Should().Contain("尚未启用");
        (await UserAsync("evaluator1")).TwoFactorEnabled.Should().BeFalse();
        (await AuditActionsAsync("evaluator1")).Should().EndWith(TwoFactorAccounts.Disabled);
        var login = await app.NewClient().LoginAsync("evaluator1", DemoSeeder.DemoPassword);
        login.Headers.Location!.ToString().Should().Be("/");
    }

    [Fact]
    public async Task NewRecoveryCodesRetireTheOldOnes()
    {
        var client = await app.SignedInAsync("clerk2");
        var (key, old) = await EnableAsync(client, "clerk2");
        var page = await client.GetPageAsync("/AccountSecurity");

        var renewed = await PostAsync(client, page, "/AccountSecurity/RenewCodes", new() { ["RenewProof"] = TwoFactorTotp.CodeNow(key) });

        renewed.StatusCode.Should().Be(HttpStatusCode.OK);
        var codes = CodesOn(await Browserless.ParseAsync(renewed));
        codes.Should().HaveCount(TwoFactorAccounts.RecoveryCodeCount).And.NotIntersectWith(old);
        (await AuditActionsAsync("clerk2")).Should().EndWith(TwoFactorAccounts.CodesRenewed);
        var withOld = app.NewClient();
        await withOld.LoginAsync("clerk2", DemoSeeder.DemoPassword);
        (await SecondStepAsync(withOld, old[0])).StatusCode.Should().Be(HttpStatusCode.OK, "the old codes no longer sign in");
        (await SecondStepAsync(withOld, codes[0])).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ARememberedComputerIsNotAskedForTheCodeAgain()
    {
        var client = await app.SignedInAsync("secretary2");
        var (key, _) = await EnableAsync(client, "secretary2");
        var computer = app.NewClient();
        await computer.LoginAsync("secretary2", DemoSeeder.DemoPassword);
        (await SecondStepAsync(computer, TwoFactorTotp.CodeNow(key), rememberMachine: true)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var home = await computer.GetPageAsync("/");
        (await computer.PostFormAsync(home.QuerySelector<IHtmlFormElement>("form[action='/Account/Logout']")!, new Dictionary<string, string>()))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ShouldBeSignedOutAsync(computer, "signing out still signs out");
        var again = await computer.LoginAsync("secretary2", DemoSeeder.DemoPassword);

        again.Headers.Location!.ToString().Should().Be("/", "this computer was remembered");
        (await app.NewClient().LoginAsync("secretary2", DemoSeeder.DemoPassword)).Headers.Location!.ToString()
            .Should().StartWith("/Account/LoginTwoFactor", "another computer is still asked");
    }

    [Fact]
    public async Task TheSecondStepCannotBeReachedWithoutThePassword()
    {
        var client = await app.SignedInAsync("county");
        var (key, _) = await EnableAsync(client, "county");
        var stranger = app.NewClient();

        var open = await stranger.GetAsync("/Account/LoginTwoFactor");
        open.StatusCode.Should().Be(HttpStatusCode.Redirect);
        open.Headers.Location!.ToString().Should().StartWith("/Account/Login");
        // a valid antiforgery token (from the login page) and even a right code do not help without the password step
        var loginPage = await stranger.GetPageAsync("/Account/Login");
        var posted = await PostAsync(stranger, loginPage, "/Account/LoginTwoFactor", new() { ["Code"] = TwoFactorTotp.CodeNow(key) });
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().Should().StartWith("/Account/Login");
        await ShouldBeSignedOutAsync(stranger, "no password, no sign-in");

        var wrongPassword = await stranger.LoginAsync("county", "Not-the-password1");
        wrongPassword.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stranger.GetAsync("/Account/LoginTwoFactor")).Headers.Location!.ToString().Should().StartWith("/Account/Login");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Turns two-factor sign-in on from the security page with the app's current code, as a person would after adding
    /// the printed key to their app; returns that key and the recovery codes shown.
    /// </summary>
    private async Task<(string Key, List<string> Codes)> EnableAsync(HttpClient client, string userName, IDocument? page = null)
    {
        page ??= await SecurityPage.WithKeyAsync(client);
        var key = KeyOn(page);
        var response = await PostAsync(client, page, "/AccountSecurity/Enable", new() { ["Code"] = TwoFactorTotp.CodeNow(key) });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var shown = await Browserless.ParseAsync(response);
        shown.QuerySelector("#two-factor-enabled").Should().NotBeNull($"{userName} should have two-factor sign-in now");
        (await UserAsync(userName)).TwoFactorEnabled.Should().BeTrue();
        return (key, CodesOn(shown));
    }

    private static string KeyOn(IDocument page) => page.QuerySelector("#authenticator-key")!.TextContent.Trim();

    private static List<string> CodesOn(IDocument page) =>
        page.QuerySelectorAll(".recovery-code").Select(e => e.TextContent.Trim()).ToList();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument page, string action, Dictionary<string, string> fields)
    {
        // every form on a page carries the same antiforgery token; post it to the action wanted
        var form = page.QuerySelectorAll<IHtmlFormElement>("form[method=post]").First(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null);
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
        };
        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code, bool rememberMachine = false)
    {
        var page = await client.GetPageAsync("/Account/LoginTwoFactor");
        var form = page.QuerySelector<IHtmlFormElement>("form[action^='/Account/LoginTwoFactor']")!;
        return await client.PostFormAsync(form, new Dictionary<string, string>
        {
            ["Code"] = code, ["RememberMachine"] = rememberMachine ? "true" : "false",
        });
    }

    private static async Task ShouldBeSignedOutAsync(HttpClient client, string because)
    {
        var home = await client.GetAsync("/");
        home.StatusCode.Should().Be(HttpStatusCode.Redirect, because);
        home.Headers.Location!.ToString().Should().Contain("/Account/Login", because);
    }

    private Task<AppUser> UserAsync(string userName) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    private Task<List<string>> AuditActionsAsync(string userName) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == TwoFactorAccounts.AuditEntity && a.EntityKey == user.Id && a.Actor == userName)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    });
}

public sealed class SqliteTwoFactorTests(SqliteAppFactory app) : TwoFactorTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlTwoFactorTests(PostgreSqlAppFactory app) : TwoFactorTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
