using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Controllers;

/// <summary>
/// The township office prepares a year: its scheme from a seed preset or last year's, and its star-rating standard
/// (issue 13 §4–§6). Without this page a new year needed a developer.
/// </summary>
[Authorize(Policy = Policies.OfficeOnly)]
public sealed class YearSetupController(YearSetupQuery query, YearSetupCommands commands, IStringLocalizer<SharedResource> text) : Controller
{
    public async Task<IActionResult> Index(string? done, CancellationToken ct)
    {
        var model = await query.RunAsync(ct);
        if (model is null)
            return NotFound();
        var success = done is null ? null : text["YearSetup_Done_" + done];
        return View(success is { ResourceNotFound: false } ? model with { Success = success.Value } : model);
    }

    [HttpPost]
    public async Task<IActionResult> Scheme(int year, string? source, CancellationToken ct)
    {
        if (await query.TownshipAsync(ct) is not { } township)
            return NotFound();
        var result = await commands.PrepareSchemeAsync(township.Id, ModelState.IsValid ? year : 0, source, ct);
        return await AnswerAsync(result, "Scheme", year, source, ct);
    }

    [HttpPost]
    public async Task<IActionResult> Standard(int year, CancellationToken ct)
    {
        if (await query.TownshipAsync(ct) is not { } township)
            return NotFound();
        var result = await commands.PrepareStarStandardAsync(township.Id, ModelState.IsValid ? year : 0, ct);
        return await AnswerAsync(result, "Standard", year, null, ct);
    }

    private async Task<IActionResult> AnswerAsync(ServiceResult result, string done, int year, string? source, CancellationToken ct)
    {
        if (result.Kind == ResultKind.Ok)
            return RedirectToAction(nameof(Index), new { done });
        var model = await query.RunAsync(ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), model with
        {
            Error = DomainErrors.Message(text, result.Errors.Values.First()),
            FormYear = year,
            FormSource = source,
        });
    }
}
