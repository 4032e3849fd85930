using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>The account-security page as a person sees it after pressing "create the key" (a POST since issue 20 §5).</summary>
public static class SecurityPage
{
    public static async Task<IDocument> WithKeyAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/AccountSecurity");
        if (page.QuerySelector("#two-factor-issue-key")?.Closest("form") is not IHtmlFormElement issue)
            return page;
        var response = await client.PostFormAsync(issue, new Dictionary<string, string>());
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "issuing the key answers with the page again");
        return await client.GetPageAsync("/AccountSecurity");
    }
}
