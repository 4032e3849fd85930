using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>组织管理 (issue 13 §2): the county administers its townships, a township office its own subtree.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class OrganisationsController(AdministrationQuery query, OrganisationAdministration organisations, IStringLocalizer<SharedResource> t)
    : Controller
{
    public const string SavedKey = "AdminSaved";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        query.Actor(User) is null ? Forbid() : View(await PageAsync(new OrganisationForm(), null, null, ct));

    [HttpPost]
    public async Task<IActionResult> Create(OrganisationForm form, CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        if (AdminForms.BindingProblem(ModelState) is var (field, message))
            return await RefusedAsync(form, message, field, StatusCodes.Status400BadRequest, ct);
        var outcome = await organisations.CreateAsync(actor, new NewOrganisation(form.Name, form.Kind, form.ParentId, form.Field), ct);
        if (outcome.Kind == ResultKind.Ok)
            return Saved(nameof(Index));
        return await RefusedAsync(form, AdminForms.Message(t, outcome), outcome.Field, StatusCodes.Status422UnprocessableEntity, ct);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await EditViewAsync(id, null, null, null, null, null, StatusCodes.Status200OK, ct);

    [HttpPost]
    public async Task<IActionResult> Rename(int id, string? name, CancellationToken ct) =>
        // The raw field, not the bound value: the binder turns a blank entry into null, and a refusal shows back what was typed.
        await ActAsync(id, actor => organisations.RenameAsync(actor, id, name, ct), Request.Form["name"].ToString(), null, null, ct);

    [HttpPost]
    public async Task<IActionResult> Move(int id, int? parentId, CancellationToken ct) =>
        await ActAsync(id, actor => organisations.MoveAsync(actor, id, parentId, ct), null, parentId, null, ct);

    [HttpPost]
    public async Task<IActionResult> Close(int id, DateOnly? on, CancellationToken ct) =>
        await ActAsync(id, actor => organisations.CloseAsync(actor, id, on, ct), null, null, Request.Form["on"].ToString(), ct);

    private async Task<IActionResult> ActAsync(int id, Func<AdminActor, Task<AdminOutcome>> act, string? name, int? moveTo, string? on,
        CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        if (AdminForms.BindingProblem(ModelState) is var (field, message))
            return await EditViewAsync(id, name, moveTo, on, message, field, StatusCodes.Status400BadRequest, ct);
        var outcome = await act(actor);
        return outcome.Kind switch
        {
            ResultKind.Ok => Saved(nameof(Edit), new { id }),
            ResultKind.NotFound => NotFound(),
            ResultKind.Forbidden => Forbid(),
            _ => await EditViewAsync(id, name, moveTo, on, AdminForms.Message(t, outcome), outcome.Field, StatusCodes.Status422UnprocessableEntity, ct),
        };
    }

    private async Task<IActionResult> EditViewAsync(int id, string? name, int? moveTo, string? on, string? error, string? field, int status,
        CancellationToken ct)
    {
        if (query.Actor(User) is null)
            return Forbid();
        var tree = await query.TreeAsync(ct);
        if (tree.FirstOrDefault(o => o.Id == id && o.Manageable) is not { } organisation)
            return NotFound();
        var parentId = await query.ParentIdAsync(id, ct);
        Response.StatusCode = status;
        return View(nameof(Edit), new OrganisationEditViewModel(organisation, parentId, await query.ParentsAsync(ct, organisation),
            name ?? organisation.Name, moveTo ?? parentId, on ?? DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            error, field));
    }

    private async Task<IActionResult> RefusedAsync(OrganisationForm form, string message, string? field, int status, CancellationToken ct)
    {
        Response.StatusCode = status;
        return View(nameof(Index), await PageAsync(form, message, field, ct));
    }

    private async Task<OrganisationsPageViewModel> PageAsync(OrganisationForm form, string? error, string? field, CancellationToken ct) =>
        new(await query.TreeAsync(ct), await query.ParentsAsync(ct),
            [OrganisationKind.Township, OrganisationKind.GeneralBranch, OrganisationKind.Branch, OrganisationKind.PartyGroup],
            form, error, field);

    private RedirectToActionResult Saved(string action, object? route = null)
    {
        TempData[SavedKey] = true;
        return RedirectToAction(action, route);
    }
}
