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

    /// <summary>Friendly pages for 403/404 and the like, in the user's language.</summary>
    [AllowAnonymous]
    public IActionResult Status(int id)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
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
