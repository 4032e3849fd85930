using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.YearEnd;

/// <summary>Finding demo registers and pressing the register page's buttons the way a browser would.</summary>
public static class YearEndPages
{
    public static Task<int> RegisterOfAsync(this AppFactory app, string login, int year) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == login);
        return await db.YearEndRegisters.Where(r => r.BranchId == user.OrganisationId && r.Year == year).Select(r => r.Id).SingleAsync();
    });

    public static Task<YearEndState> RegisterStateAsync(this AppFactory app, int id) =>
        app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).Select(r => r.State).SingleAsync());

    /// <summary>Posts a step through the form the register page offers this user.</summary>
    public static async Task<HttpResponseMessage> YearEndStepAsync(this HttpClient client, int id, YearEndAction action, string? comment = null)
    {
        var page = await client.GetPageAsync($"/YearEnd/Register/{id}");
        var form = page.QuerySelectorAll<IHtmlFormElement>("#register-actions form")
            .SingleOrDefault(f => f.QuerySelector<IHtmlInputElement>("input[name=action]")!.Value == action.ToString());
        form.Should().NotBeNull($"the register page should offer {action}");
        var fields = new Dictionary<string, string>();
        if (comment is not null)
            fields["comment"] = comment;
        return await client.PostFormAsync(form!, fields);
    }

    /// <summary>Posts a step directly (no button on the page), with the register's current stamp and a valid token.</summary>
    public static async Task<HttpResponseMessage> ForcedYearEndStepAsync(this HttpClient client, AppFactory app, int id, YearEndAction action,
        string tokenPage = "/YearEnd")
    {
        var stamp = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync());
        return await client.PostAsync($"/YearEnd/Transition/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(client, tokenPage),
            ["action"] = action.ToString(),
            ["concurrencyStamp"] = stamp.ToString(),
            ["comment"] = "强行操作",
        }));
    }

    /// <summary>Posts votes for the first member of the votes form (the rest left blank).</summary>
    public static async Task<HttpResponseMessage> VotesAsync(this HttpClient client, int id, string good, string medium, string poor, string voters)
    {
        var page = await client.GetPageAsync($"/YearEnd/Register/{id}");
        var form = page.QuerySelector<IHtmlFormElement>("#votes-form")!;
        return await client.PostFormAsync(form, new Dictionary<string, string>
        {
            ["votes[0].Good"] = good, ["votes[0].Medium"] = medium, ["votes[0].Poor"] = poor, ["votes[0].Voters"] = voters,
        });
    }
}
