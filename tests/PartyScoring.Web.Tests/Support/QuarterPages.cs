using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Quarters;

namespace PartyScoring.Web.Tests.Support;

/// <summary>Finding demo sheets and pressing the sheet page's buttons the way a browser would.</summary>
public static class QuarterPages
{
    public static int CurrentQuarter => (DateTime.Now.Month + 2) / 3;

    /// <summary>The current quarter's sheet of the branch a demo login works in.</summary>
    public static Task<int> CurrentSheetOfAsync(this AppFactory app, string login) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == login);
        return await db.QuarterSheets.Where(s => s.BranchId == user.OrganisationId && s.Year == DateTime.Now.Year && s.Quarter == CurrentQuarter)
            .Select(s => s.Id).SingleAsync();
    });

    /// <summary>Adds <paramref name="count"/> full members to the branch a demo login works in (a larger grid).</summary>
    public static Task<int> AddMembersAsync(this AppFactory app, string login, int count, string namePrefix) => app.WithDbAsync(async db =>
    {
        var branch = (await db.Users.SingleAsync(u => u.UserName == login)).OrganisationId;
        db.Members.AddRange(Enumerable.Range(0, count).Select(i => new Member($"{namePrefix}{i:000}", i % 2 == 0 ? Gender.Male : Gender.Female,
            new DateOnly(1970 + i % 30, 1 + i % 12, 1 + i % 28), branch, MembershipStatus.Full, MemberCategory.Rural,
            new DateOnly(2005, 7, 1), new DateOnly(2020, 1, 1))));
        return await db.SaveChangesAsync();
    });

    public static Task<SheetState> SheetStateAsync(this AppFactory app, int sheetId) =>
        app.WithDbAsync(db => db.QuarterSheets.Where(s => s.Id == sheetId).Select(s => s.State).SingleAsync());

    /// <summary>Posts a step with the stamp the page showed; the page must offer the step's form to this user.</summary>
    public static async Task<HttpResponseMessage> StepAsync(this HttpClient client, int sheetId, SheetAction action,
        IDictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync($"/Quarters/Sheet/{sheetId}");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form.sheet-action")
            .SingleOrDefault(f => f.QuerySelector<IHtmlInputElement>("input[name=Action]")!.Value == action.ToString());
        form.Should().NotBeNull($"the sheet page should offer {action}");
        return await client.PostFormAsync(form!, fields ?? new Dictionary<string, string>());
    }

    /// <summary>Posts a step directly (no button on the page), with the sheet's current stamp and a valid token.</summary>
    public static async Task<HttpResponseMessage> ForcedStepAsync(this HttpClient client, AppFactory app, int sheetId, SheetAction action,
        string tokenPage = "/Quarters")
    {
        var stamp = await app.WithDbAsync(db => db.QuarterSheets.Where(s => s.Id == sheetId).Select(s => s.ConcurrencyStamp).SingleAsync());
        var token = await TokenAsync(client, tokenPage);
        return await client.PostAsync($"/Quarters/Transition/{sheetId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Action"] = action.ToString(),
            ["ConcurrencyStamp"] = stamp.ToString(),
            ["Comment"] = "强行操作",
            ["MeetingDate"] = DateTime.Now.ToString("yyyy-MM-dd"),
            ["Attended"] = "10",
            ["Eligible"] = "12",
        }));
    }

    /// <summary>An antiforgery token from any page with a form (the layout's language switch has one).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
    }

    /// <summary>All enabled grid inputs and hidden fields of the grid form, as a browser would post them.</summary>
    public static Dictionary<string, string> GridValues(IDocument page)
    {
        var form = page.QuerySelector<IHtmlFormElement>("#grid-form")!;
        return form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !i.IsDisabled && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
    }

    /// <summary>One input of the entry grid with its column's range (the column header carries it, once).</summary>
    public sealed record GridCell(string Name, int MemberId, int ItemId, bool Disabled, decimal Min, decimal Max);

    public static List<GridCell> GridCells(IDocument page)
    {
        var columns = page.QuerySelectorAll("#grid thead th[data-item]").ToDictionary(th => int.Parse(th.GetAttribute("data-item")!),
            th => (Min: decimal.Parse(th.GetAttribute("data-min")!, CultureInfo.InvariantCulture), Max: decimal.Parse(th.GetAttribute("data-max")!, CultureInfo.InvariantCulture)));
        return page.QuerySelectorAll("#grid tbody input").Select(i =>
        {
            var name = i.GetAttribute("name")!;
            var ids = name["cells[".Length..^1].Split('-').Select(int.Parse).ToArray();
            var range = columns[ids[1]];
            return new GridCell(name, ids[0], ids[1], i.HasAttribute("disabled"), range.Min, range.Max);
        }).ToList();
    }

    public static Task<HttpResponseMessage> PostGridAsync(this HttpClient client, int sheetId, Dictionary<string, string> values) =>
        client.PostAsync($"/Quarters/Grid/{sheetId}", new FormUrlEncodedContent(values));

    public static void ShouldBeForbidden(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/AccessDenied");
    }
}
