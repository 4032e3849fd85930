using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Queries;
using PartyScoring.Web.Reminders;

namespace PartyScoring.Web.Controllers;

public sealed class HomeController(HomeQuery home, ReminderBoard reminders, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var year = clock.GetLocalNow().Year;
        var model = await home.RunAsync(User, year, ct);
        return View(model with { Reminders = await reminders.ForAsync(User, ct) });
    }

    /// <summary>
    /// Friendly pages for 403/404 and the like, in the user's language. The code comes from the path only: a
    /// re-executed POST still carries its form, whose own "id" field must not become the status code. No antiforgery
    /// check: the page changes nothing, and a form the framework could not read (a NUL character) must still get it.
    /// </summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public IActionResult Status([FromRoute] int id)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null || id is < 400 or > 599)
            return NotFound();
        Response.StatusCode = id;
        return View(id);
    }

    [AllowAnonymous]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View();
    }
}
