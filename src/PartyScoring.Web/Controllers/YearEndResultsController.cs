using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.YearEnd;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Controllers;

/// <summary>半年一谈话 and 结果运用: the talk list and talks, the results of a branch, handling records, the township recommendation list.</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class YearEndResultsController(YearEndQuery query, ResultsQuery results, TalkService talks, HandlingService handlings,
    IStringLocalizer<SharedResource> text) : Controller
{
    public async Task<IActionResult> Talks(int id, int? year, CancellationToken ct)
    {
        var model = await query.TalksAsync(id, year ?? query.Today.Year, SheetActors.Of(User), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.YearEndObjectionDecision)]
    public async Task<IActionResult> Talks(int id, int year, TalkInput form, CancellationToken ct)
    {
        var result = await talks.RecordAsync(id, year, form, SheetActors.Of(User), ct);
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Talks), new { id, year });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var model = await query.TalksAsync(id, year, SheetActors.Of(User), ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model with { Error = DomainErrors.Message(text, result.Errors.Values.First()), Form = form });
    }

    public async Task<IActionResult> Branch(int id, int? year, CancellationToken ct)
    {
        var model = await results.BranchAsync(id, year ?? query.Today.Year, SheetActors.Of(User), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.YearEndObjectionDecision)]
    public async Task<IActionResult> Handling(int id, int year, HandlingInput form, CancellationToken ct)
    {
        var result = await handlings.RecordAsync(id, year, form, SheetActors.Of(User), User.Identity!.Name!, ct);
        return await AfterAsync(result, id, year, ct, form);
    }

    [HttpPost]
    [Authorize(Policy = Policies.YearEndObjectionDecision)]
    public async Task<IActionResult> Close(int id, int year, int memberId, DateOnly? on, string? conclusion, CancellationToken ct)
    {
        var result = await handlings.CloseAsync(id, year, memberId, on, conclusion, SheetActors.Of(User), ct);
        return await AfterAsync(result, id, year, ct);
    }

    [Authorize(Policy = Policies.TownshipOrCounty)]
    public async Task<IActionResult> Township(int? year, CancellationToken ct)
    {
        var y = year ?? query.Today.Year;
        ViewData["Year"] = y;
        return View(await results.TownshipAsync(y, ct));
    }

    private async Task<IActionResult> AfterAsync(ServiceResult result, int id, int year, CancellationToken ct, HandlingInput? typed = null)
    {
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Branch), new { id, year });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var model = await results.BranchAsync(id, year, SheetActors.Of(User), ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Branch), model with { Error = DomainErrors.Message(text, result.Errors.Values.First()), Handling = typed });
    }
}
