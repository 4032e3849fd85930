using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PartyScoring.Web.Tests.Support;

/// <summary>Reads pages and submits forms the way a browser would, including the antiforgery token.</summary>
public static class Browserless
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} should render a page");
        return await ParseAsync(response);
    }

    /// <summary>Fills the form with the given fields (keeping its hidden fields, the token among them) and posts it.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlFormElement form, IDictionary<string, string> fields)
    {
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (k, v) in fields)
            values[k] = v;
        var action = form.GetAttribute("action") ?? "/";
        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password)
    {
        var page = await client.GetPageAsync("/Account/Login");
        var form = page.QuerySelector<IHtmlFormElement>("form[action='/Account/Login']")!;
        return await client.PostFormAsync(form, new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
    }

    public static async Task<HttpClient> SignedInAsync(this AppFactory factory, string userName)
    {
        var client = factory.NewClient();
        var response = await client.LoginAsync(userName, PartyScoring.Infrastructure.Demo.DemoSeeder.DemoPassword);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} should be able to sign in");
        return client;
    }
}
