using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 20 §3: an authenticator code signs in once. A code of the same 30-second step, or of an earlier step than
/// the last one accepted, is refused, also when two sessions send the same code at the same moment.
/// </summary>
public abstract class OneTimeCodeTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task TheSameCodeDoesNotSignInASecondSession()
    {
        var secret = await EnableAsync("secretary2");
        var now = TwoFactorTotp.StepAt(DateTimeOffset.UtcNow);
        var code = TwoFactorTotp.CodeAt(secret, now + 1);

        (await SecondStepAsync(await PasswordStepAsync("secretary2"), code)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var reused = await SecondStepAsync(await PasswordStepAsync("secretary2"), code);
        var older = await SecondStepAsync(await PasswordStepAsync("secretary2"), TwoFactorTotp.CodeAt(secret, now));
        var later = await SecondStepAsync(await PasswordStepAsync("secretary2"), TwoFactorTotp.CodeAt(secret, now + 2));

        reused.StatusCode.Should().Be(HttpStatusCode.OK, "the page comes back with a message");
        (await reused.Content.ReadAsStringAsync()).Should().Contain("验证码或恢复码不正确");
        older.StatusCode.Should().Be(HttpStatusCode.OK, "a code older than the last one accepted is spent too");
        later.StatusCode.Should().Be(HttpStatusCode.Redirect, "the next code the app shows still works");
    }

    [Fact]
    public async Task OfTwoSessionsSendingOneCodeAtOnceOnlyOneSignsIn()
    {
        var secret = await EnableAsync("clerk2");
        var code = TwoFactorTotp.CodeAt(secret, TwoFactorTotp.StepAt(DateTimeOffset.UtcNow) + 1);
        var first = await PasswordStepAsync("clerk2");
        var second = await PasswordStepAsync("clerk2");

        var answers = await Task.WhenAll(SecondStepAsync(first, code), SecondStepAsync(second, code));

        answers.Count(a => a.StatusCode == HttpStatusCode.Redirect).Should().Be(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(1);
    }

    /// <summary>Issues the key, enables with the current step's code, returns the secret.</summary>
    private async Task<byte[]> EnableAsync(string user)
    {
        var client = await app.SignedInAsync(user);
        var page = await SecurityPage.WithKeyAsync(client);
        var key = page.QuerySelector("#authenticator-key")!.TextContent.Trim();
        var secret = TwoFactorTotp.Base32(key);
        var form = page.QuerySelector<IHtmlFormElement>("form[action='/AccountSecurity/Enable']")!;
        (await client.PostFormAsync(form, new Dictionary<string, string> { ["Code"] = TwoFactorTotp.CodeAt(secret, TwoFactorTotp.StepAt(DateTimeOffset.UtcNow)) }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        return secret;
    }

    private async Task<HttpClient> PasswordStepAsync(string user)
    {
        var client = app.NewClient();
        (await client.LoginAsync(user, DemoSeeder.DemoPassword)).Headers.Location!.ToString().Should().StartWith("/Account/LoginTwoFactor");
        return client;
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code)
    {
        var page = await client.GetPageAsync("/Account/LoginTwoFactor");
        return await client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("form[action^='/Account/LoginTwoFactor']")!,
            new Dictionary<string, string> { ["Code"] = code });
    }
}

public sealed class SqliteOneTimeCodeTests(SqliteAppFactory app) : OneTimeCodeTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlOneTimeCodeTests(PostgreSqlAppFactory app) : OneTimeCodeTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
