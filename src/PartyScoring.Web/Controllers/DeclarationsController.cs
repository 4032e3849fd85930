using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>申报: members declare items with evidence; the branch (or the office, for office-review items) decides.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DeclarationsController(DeclarationQuery query, DeclarationService declarations, IStringLocalizer<SharedResource> text) : Controller
{
    [Authorize(Policy = Policies.MemberOnly)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await query.PageAsync(ct));

    [HttpPost]
    [Authorize(Policy = Policies.MemberOnly)]
    [RequestSizeLimit(EvidenceUploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceUploads.RequestLimit)]
    public async Task<IActionResult> Create(DeclarationForm form, CancellationToken ct)
    {
        var result = await declarations.DeclareAsync(form.ItemId, form.Amount, form.Description, form.Evidence, User.Identity!.Name!, ct,
            EvidenceUploads.From(form.EvidenceFile));
        if (result.Kind == ResultKind.Ok)
            return RedirectToAction(nameof(Index));
        if (result.Kind == ResultKind.NotFound)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var model = await query.PageAsync(ct);
        return View(nameof(Index), model with { Form = form, Error = DomainErrors.Message(text, result.Errors.Values.First()) });
    }

    [HttpPost]
    [Authorize(Policy = Policies.BranchRecords)]
    public async Task<IActionResult> Decide(long lineId, int sheetId, bool accept, string? reason, CancellationToken ct)
    {
        var result = await declarations.DecideAsync(lineId, accept, reason, SheetActors.Of(User), User.Identity!.Name!, ct);
        return result.Kind switch
        {
            ResultKind.Ok => RedirectToAction("Sheet", "Quarters", new { id = sheetId }),
            ResultKind.NotFound => NotFound(),
            ResultKind.Forbidden => Forbid(),
            _ => RedirectToAction("Sheet", "Quarters", new { id = sheetId, error = "Domain_" + result.Errors.Values.First().Replace('.', '_') }),
        };
    }
}
