using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Administration;

/// <summary>Posts the administration pages' forms as a browser would, and reads what the database holds after.</summary>
public static class AdministrationPages
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string formId, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("#" + formId);
        form.Should().NotBeNull($"{url} should have the form #{formId}");
        return await client.PostFormAsync(form!, fields);
    }

    public static Task<HttpResponseMessage> CreateOrganisationAsync(this HttpClient client, string name, string kind, int parentId, string field = "") =>
        client.SubmitAsync("/Organisations", "organisation-create", new Dictionary<string, string>
        {
            ["Name"] = name, ["Kind"] = kind, ["ParentId"] = parentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Field"] = field,
        });

    public static Task<HttpResponseMessage> CreateUserAsync(this HttpClient client, string userName, string displayName, string role, int organisationId,
        string memberId = "") =>
        client.SubmitAsync("/Users", "user-create", new Dictionary<string, string>
        {
            ["UserName"] = userName, ["DisplayName"] = displayName, ["Role"] = role,
            ["OrganisationId"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["MemberId"] = memberId,
        });

    /// <summary>The newest audit line's id: when it has not moved, nothing was saved (every save is audited).</summary>
    public static Task<long> LastAuditAsync(this AppFactory app) =>
        app.WithDbAsync(db => db.AuditEntries.Select(e => (long?)e.Id).MaxAsync().ContinueWith(t => t.Result ?? 0));

    public static Task<int> OrganisationIdOfAsync(this AppFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.OrganisationId).SingleAsync());

    public static Task<PartyScoring.Domain.Organisations.Organisation> OrganisationNamedAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == name));

    public static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var page = await Browserless.ParseAsync(response);
        return page.QuerySelector("#admin-error")?.TextContent.Trim() ?? "";
    }
}
