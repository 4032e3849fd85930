using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Controllers;

/// <summary>The public notice of a quarter (staff and the branch's members), objections raised on it and their decisions.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class NoticesController(QuarterQuery query, ObjectionService objections, IStringLocalizer<SharedResource> text) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct) => View(await query.NoticesAsync(ct));

    public async Task<IActionResult> Details(int id, bool print, CancellationToken ct)
    {
        var model = await query.NoticeAsync(id, ct);
        if (model is null)
            return NotFound();
        return print ? View("Print", model) : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.MemberOnly)]
    public async Task<IActionResult> Object(int id, long lineId, string? reason, CancellationToken ct)
    {
        var result = await objections.RaiseAsync(id, lineId, reason, User.Identity!.Name!, ct);
        if (result.Kind == ResultKind.Ok)
            return RedirectToAction(nameof(Details), new { id });
        if (result.Kind == ResultKind.NotFound)
            return NotFound();
        var model = await query.NoticeAsync(id, ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), model with { Error = DomainErrors.Message(text, result.Errors.Values.First()) });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ObjectionDecision)]
    public async Task<IActionResult> Decide(long objectionId, int sheetId, ObjectionDecision decision, string? reason, CancellationToken ct)
    {
        var result = await objections.DecideAsync(objectionId, decision, reason, SheetActors.Of(User), User.Identity!.Name!, ct);
        return result.Kind switch
        {
            ResultKind.Ok => RedirectToAction("Sheet", "Quarters", new { id = sheetId }),
            ResultKind.NotFound => NotFound(),
            ResultKind.Forbidden => Forbid(),
            ResultKind.Conflict => RedirectToAction("Sheet", "Quarters", new { id = sheetId, error = "Sheet_Conflict" }),
            _ => RedirectToAction("Sheet", "Quarters", new { id = sheetId, error = "Domain_" + result.Errors.Values.First().Replace('.', '_') }),
        };
    }
}
