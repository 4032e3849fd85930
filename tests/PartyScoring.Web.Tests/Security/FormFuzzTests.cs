using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 8 §2: every form found on every GET page the demo roles reach (actions read from the app) is posted with
/// each field replaced by each bad value, and each form is posted twice as rendered: never a server error, and the
/// script payload never comes back unencoded — neither in the answer nor in the page it redirects to.
/// </summary>
public sealed class FormFuzzTests(SqliteAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteAppFactory>
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Bad values, already form-encoded (the last is a lone UTF-16 surrogate, which no encoder would produce).</summary>
    private static readonly string[] BadValues =
    [
        "", Enc(new string('长', 5000)), "abc", "-1", "1e30", "99999999999", Enc(Script),
        Enc("\u202Egnp.exe"), Enc("a\u200Bb\uFEFF"), Enc("😀👨‍👩‍👧"), "%ED%A0%80", Enc(" \t\r\n"),
    ];

    private static readonly string[] Roles = ["office", "county", "secretary1", "clerk1", "evaluator1", "member1"];

    [Fact]
    public async Task EveryFieldOfEveryFormSurvivesBadInputWithoutServerErrorsOrUnencodedScript()
    {
        var routes = (await RouteCatalog.ActionsAsync(app.Services)).Where(r => r.Method == "GET").ToList();
        var (a, _) = await BranchIds.LoadAsync(app);
        var failures = new List<string>();
        var forms = new HashSet<string>();
        var posts = 0;

        foreach (var user in Roles)
        {
            var client = await app.SignedInAsync(user);
            foreach (var route in routes.Where(r => r.Controller != "Home" || r.Action == "Index"))
            {
                var (url, _, _) = a.UrlFor(route);
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                    continue;
                var page = await Browserless.ParseAsync(response);
                foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form[method=post]"))
                {
                    var action = form.GetAttribute("action") ?? url;
                    if (action.StartsWith("/Account/Logout", StringComparison.Ordinal) || !forms.Add(user + " " + action))
                        continue;
                    var fields = FieldsOf(form);
                    foreach (var name in fields.Keys.Where(k => k != "__RequestVerificationToken").ToList())
                        foreach (var bad in BadValues)
                        {
                            posts++;
                            await CheckAsync(client, action, fields, name, bad, failures, user);
                        }
                    for (var twice = 0; twice < 2; twice++)
                    {
                        posts++;
                        await CheckAsync(client, action, fields, null, null, failures, user);
                    }
                }
            }
        }

        output.WriteLine($"forms: {forms.Count}, bad posts: {posts}");
        forms.Count.Should().BeGreaterThan(5);
        failures.Should().BeEmpty();
    }

    private static async Task CheckAsync(HttpClient client, string action, Dictionary<string, string> fields, string? name, string? bad,
        List<string> failures, string user)
    {
        var body = string.Join('&', fields.Select(f => f.Key == name ? $"{Enc(f.Key)}={bad}" : $"{Enc(f.Key)}={Enc(f.Value)}"));
        var response = await client.PostAsync(action, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        var what = $"{user} {action} {name}={(bad is null ? "(as rendered)" : bad[..Math.Min(bad.Length, 30)])}";
        if ((int)response.StatusCode >= 500)
            failures.Add($"{(int)response.StatusCode}: {what}");
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next && next.OriginalString.StartsWith('/'))
        {
            var followed = await client.GetAsync(next);
            if ((int)followed.StatusCode >= 500)
                failures.Add($"{(int)followed.StatusCode} after redirect: {what}");
            html += await followed.Content.ReadAsStringAsync();
        }
        if (html.Contains(Script, StringComparison.Ordinal))
            failures.Add("unencoded script: " + what);
    }

    private static Dictionary<string, string> FieldsOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "file" or "image" or "reset" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.TryAdd(input.Name, input.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.TryAdd(select.Name, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.TryAdd(area.Name, area.Value);
                    break;
                case IHtmlButtonElement button when !string.IsNullOrEmpty(button.Name):
                    fields.TryAdd(button.Name, button.Value);
                    break;
            }
        }
        return fields;
    }

    private static string Enc(string value) => Uri.EscapeDataString(value);
}
