using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Quarters;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>The quarterly cycle (SPEC 5): overview, the sheet with its timeline and steps, and the entry grid.</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class QuartersController(QuarterQuery query, QuarterSheetService sheets, QuarterGridService grids,
    IStringLocalizer<SharedResource> text, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, int? quarter, CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var y = year ?? now.Year;
        var q = quarter ?? CalendarQuarter.Containing(now).Number;
        if (!ReportingYear.IsValid(y) || !CalendarQuarter.IsValidNumber(q))
            return NotFound();
        return View(await query.OverviewAsync(y, q, ct));
    }

    /// <summary>Opens a branch's sheet for a quarter; when nobody has started it, offers to (a GET writes nothing).</summary>
    [HttpGet]
    public async Task<IActionResult> Branch(int id, int year, int quarter, CancellationToken ct)
    {
        var (found, sheetId) = await sheets.FindForQuarterAsync(id, year, quarter, ct);
        if (!found)
            return NotFound();
        return sheetId is { } existing
            ? RedirectToAction(nameof(Sheet), new { id = existing })
            : View("StartDraft", new DraftStartViewModel(id, year, quarter));
    }

    /// <summary>Starts the draft (or finds the one someone started a moment ago).</summary>
    [HttpPost]
    [ActionName(nameof(Branch))]
    public async Task<IActionResult> StartBranch(int id, int year, int quarter, CancellationToken ct)
    {
        var sheet = await sheets.FindOrStartAsync(id, year, quarter, ct);
        return sheet is null ? NotFound() : RedirectToAction(nameof(Sheet), new { id = sheet.Id });
    }

    public async Task<IActionResult> Sheet(int id, string? error, SheetAction? done, CancellationToken ct)
    {
        var model = await query.SheetAsync(id, SheetActors.Of(User), ct);
        if (model is null)
            return NotFound();
        // After a decision redirect: the message key, shown only if it is one of ours.
        var message = error is null ? null : text[error];
        model = message is { ResourceNotFound: false } ? model with { Error = message.Value } : model;
        // After a step: what happened, in words (the step's own name would only repeat the button).
        var success = done is null ? null : text["SheetDone_" + done];
        return View(success is { ResourceNotFound: false } ? model with { Success = success.Value } : model);
    }

    [HttpPost]
    public async Task<IActionResult> Transition(int id, SheetTransitionForm form, CancellationToken ct)
    {
        var input = new TransitionInput(form.Action, form.ConcurrencyStamp, form.Comment, form.MeetingDate, form.Attended, form.Eligible, form.LineIds);
        var result = ModelState.IsValid
            ? await sheets.TransitionAsync(id, input, SheetActors.Of(User), User.Identity!.Name!, ct)
            : ServiceResult.Invalid("Meeting", "sheet.input");
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Sheet), new { id, done = form.Action });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var model = await query.SheetAsync(id, SheetActors.Of(User), ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = result.Kind == ResultKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var error = result.Kind == ResultKind.Conflict ? text["Sheet_Conflict"].Value : DomainErrors.Message(text, result.Errors.Values.First());
        return View(nameof(Sheet), model with { Error = error, Form = form });
    }

    public async Task<IActionResult> Grid(int id, CancellationToken ct)
    {
        var model = await query.GridAsync(id, ct: ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.SheetEntry)]
    public async Task<IActionResult> Grid(int id, Guid concurrencyStamp, Dictionary<string, string?> cells, CancellationToken ct)
    {
        var parsed = new List<GridCell>();
        var typed = new Dictionary<string, string>();
        foreach (var (key, value) in cells)
        {
            typed[key] = value ?? string.Empty;
            var parts = key.Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], out var member) && int.TryParse(parts[1], out var item))
                parsed.Add(new GridCell(member, item, value));
        }
        var result = await grids.SaveAsync(id, concurrencyStamp, parsed, User.Identity!.Name!, ct);
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Grid), new { id, saved = true });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var errors = result.Errors.ToDictionary(e => e.Key, e => DomainErrors.Message(text, e.Value));
        var model = await query.GridAsync(id, typed, errors, ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = result.Kind == ResultKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var message = result.Kind == ResultKind.Conflict ? text["Grid_Conflict"].Value
            : errors.GetValueOrDefault("Grid") ?? text["Grid_Invalid"].Value;
        return View(model with { Error = message });
    }

    [HttpPost]
    [Authorize(Policy = Policies.SheetEntry)]
    [RequestSizeLimit(EvidenceUploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceUploads.RequestLimit)]
    public async Task<IActionResult> AddLine(int id, LineEntryForm line, CancellationToken ct)
    {
        var result = await grids.AddLineAsync(id, line.MemberId, line.ItemId, line.Amount, line.Description, User.Identity!.Name!, ct,
            EvidenceUploads.From(line.Evidence));
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Grid), new { id, saved = true });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var model = await query.GridAsync(id, ct: ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = result.Kind == ResultKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var message = result.Kind == ResultKind.Conflict ? text["Grid_Conflict"].Value : DomainErrors.Message(text, result.Errors.Values.First());
        return View(nameof(Grid), model with { Error = message, Line = line });
    }
}
