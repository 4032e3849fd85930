using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.YearEnd;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>年终一汇总 (SPEC 6): overview with deadlines, each branch's register with votes, notice, submission and approval.</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class YearEndController(YearEndQuery query, YearEndService registers, IStringLocalizer<SharedResource> text) : Controller
{
    /// <summary>More members than any branch has.</summary>
    private const int MaxVoteRows = 2000;

    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var y = year ?? query.Today.Year;
        return !ReportingYear.IsValid(y) ? NotFound() : View(await query.OverviewAsync(y, ct));
    }

    /// <summary>Opens a branch's register for a year; when nobody has started it, offers to (a GET writes nothing).</summary>
    [HttpGet]
    public async Task<IActionResult> Branch(int id, int? year, CancellationToken ct)
    {
        var y = year ?? query.Today.Year;
        var (found, registerId) = await registers.FindForYearAsync(id, y, ct);
        if (!found)
            return NotFound();
        return registerId is { } existing
            ? RedirectToAction(nameof(Register), new { id = existing })
            : View("StartDraft", new DraftStartViewModel(id, y, null));
    }

    /// <summary>Starts the draft (or finds the one someone started a moment ago).</summary>
    [HttpPost]
    [ActionName(nameof(Branch))]
    public async Task<IActionResult> StartBranch(int id, int? year, CancellationToken ct)
    {
        var register = await registers.FindOrStartAsync(id, year ?? query.Today.Year, ct);
        return register is null ? NotFound() : RedirectToAction(nameof(Register), new { id = register.Id });
    }

    public async Task<IActionResult> Register(int id, CancellationToken ct)
    {
        var model = await query.RegisterAsync(id, SheetActors.Of(User), ct: ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Votes(int id, Guid concurrencyStamp, List<VoteInput>? votes, CancellationToken ct)
    {
        var rows = votes ?? [];
        // Over-long counts are left to the vote rules below, which give the typed values back with their message.
        if (ListForm.Problem(rows, r => r.MemberId, MaxVoteRows, _ => Array.Empty<string?>(), int.MaxValue) is { } problem)
        {
            // The posted rows are not shown again: they are what made the form unusable.
            var page = await query.RegisterAsync(id, SheetActors.Of(User), ct: ct);
            if (page is null)
                return NotFound();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Register), page with { Error = text[problem].Value });
        }
        var result = await registers.RecordVotesAsync(id, concurrencyStamp, rows, SheetActors.Of(User), ct);
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Register), new { id });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var errors = result.Errors.ToDictionary(e => e.Key, e => DomainErrors.Message(text, e.Value));
        var model = await query.RegisterAsync(id, SheetActors.Of(User), rows, errors, ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = result.Kind == ResultKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(nameof(Register), model with
        {
            Error = result.Kind == ResultKind.Conflict ? text["YearEnd_Conflict"].Value : text["YearEnd_VotesInvalid"].Value,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Transition(int id, YearEndAction action, Guid concurrencyStamp, string? comment, CancellationToken ct)
    {
        var result = await registers.TransitionAsync(id, action, concurrencyStamp, comment, SheetActors.Of(User), User.Identity!.Name!, ct);
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Register), new { id });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var model = await query.RegisterAsync(id, SheetActors.Of(User), ct: ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = result.Kind == ResultKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var error = result.Kind == ResultKind.Conflict ? text["YearEnd_Conflict"].Value : DomainErrors.Message(text, result.Errors.Values.First());
        return View(nameof(Register), model with { Error = error, Comment = comment });
    }

    [HttpPost]
    [Authorize(Policy = Policies.YearEndObjectionDecision)]
    public async Task<IActionResult> Decide(int id, long objectionId, bool uphold, string? decision, VoteInput? corrected, CancellationToken ct)
    {
        var result = await registers.DecideAsync(objectionId, uphold, decision, corrected, SheetActors.Of(User), User.Identity!.Name!, ct);
        switch (result.Kind)
        {
            case ResultKind.Ok: return RedirectToAction(nameof(Register), new { id });
            case ResultKind.NotFound: return NotFound();
            case ResultKind.Forbidden: return Forbid();
        }
        var model = await query.RegisterAsync(id, SheetActors.Of(User), ct: ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = result.Kind == ResultKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var error = result.Kind == ResultKind.Conflict ? text["YearEnd_Conflict"].Value : DomainErrors.Message(text, result.Errors.Values.First());
        return View(nameof(Register), model with { Error = error });
    }
}
