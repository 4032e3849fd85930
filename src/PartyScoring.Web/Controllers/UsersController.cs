using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>
/// 用户管理 (issue 13 §3): logins within the administrator's subtree. A branch secretary administers no users (the policy
/// answers 403); which logins and roles an administrator may touch is decided by <see cref="UserAdministration"/>.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UsersController(AdministrationQuery query, UserAdministration users, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        query.Actor(User) is { } actor ? View(await PageAsync(actor, new UserCreateForm(), null, null, ct)) : Forbid();

    [HttpPost]
    public async Task<IActionResult> Create(UserCreateForm form, CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        if (AdminForms.BindingProblem(ModelState) is var (field, message))
            return await RefusedAsync(actor, form, message, field, StatusCodes.Status400BadRequest, ct);
        var (outcome, password) = await users.CreateAsync(actor,
            new UserForm(form.UserName, form.DisplayName, form.Role, form.OrganisationId, form.MemberId), ct);
        if (outcome.Kind != ResultKind.Ok)
            return await RefusedAsync(actor, form, AdminForms.Message(t, outcome), outcome.Field, StatusCodes.Status422UnprocessableEntity, ct);
        // The password is on this response only: no redirect, so it is never in a URL, TempData or a log.
        return PasswordShown(form.UserName!.Trim(), form.DisplayName!.Trim(), password!, created: true);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string? id, CancellationToken ct) => await EditViewAsync(id, null, null, null, null, StatusCodes.Status200OK, ct);

    [HttpPost]
    public async Task<IActionResult> ChangeRole(string? id, string? role, int? organisationId, int? memberId, CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        if (AdminForms.BindingProblem(ModelState) is var (_, message))
            return await EditViewAsync(id, role, organisationId, memberId, message, StatusCodes.Status400BadRequest, ct);
        return await OutcomeAsync(id, await users.ChangeRoleAsync(actor, id, role, organisationId, memberId, ct), role, organisationId, memberId, ct);
    }

    [HttpPost]
    public async Task<IActionResult> ResetPassword(string? id, CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        var row = (await users.ListAsync(actor, ct)).FirstOrDefault(u => u.Id == id);
        var (outcome, password) = await users.ResetPasswordAsync(actor, id, ct);
        if (outcome.Kind != ResultKind.Ok || row is null)
            return await OutcomeAsync(id, outcome, null, null, null, ct);
        return PasswordShown(row.UserName, row.DisplayName, password!, created: false);
    }

    [HttpPost]
    public async Task<IActionResult> Lock(string? id, CancellationToken ct) => await SimpleAsync(id, (a, c) => users.LockAsync(a, id, c), ct);

    [HttpPost]
    public async Task<IActionResult> Unlock(string? id, CancellationToken ct) => await SimpleAsync(id, (a, c) => users.UnlockAsync(a, id, c), ct);

    [HttpPost]
    public async Task<IActionResult> Deactivate(string? id, CancellationToken ct) => await SimpleAsync(id, (a, c) => users.DeactivateAsync(a, id, c), ct);

    /// <summary>The branch's members without a login, and the button that makes theirs.</summary>
    [HttpGet]
    public async Task<IActionResult> Branch(int branchId, CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        var (branch, without) = await users.BranchAsync(actor, branchId, ct);
        return branch is null ? NotFound() : View(new BranchLoginsViewModel(branch.Id, branch.Name, without, null));
    }

    /// <summary>Makes the logins and answers with the printable sheet of one-time passwords (this response only).</summary>
    [HttpPost]
    public async Task<IActionResult> BranchLogins(int branchId, CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        if (!ModelState.IsValid)
            return NotFound();
        var (outcome, logins, branchName) = await users.CreateBranchMemberLoginsAsync(actor, branchId, ct);
        switch (outcome.Kind)
        {
            case ResultKind.Ok:
                Response.Headers.CacheControl = "no-store";
                return View("LoginSheet", new LoginSheetViewModel(branchName!, logins));
            case ResultKind.NotFound:
                return NotFound();
            case ResultKind.Forbidden:
                return Forbid();
            default:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(Branch), new BranchLoginsViewModel(branchId, branchName ?? "", 0, AdminForms.Message(t, outcome)));
        }
    }

    private async Task<IActionResult> SimpleAsync(string? id, Func<AdminActor, CancellationToken, Task<AdminOutcome>> act, CancellationToken ct) =>
        query.Actor(User) is { } actor ? await OutcomeAsync(id, await act(actor, ct), null, null, null, ct) : Forbid();

    private async Task<IActionResult> OutcomeAsync(string? id, AdminOutcome outcome, string? role, int? organisationId, int? memberId,
        CancellationToken ct) => outcome.Kind switch
    {
        ResultKind.Ok => Saved(id),
        ResultKind.NotFound => NotFound(),
        ResultKind.Forbidden => Forbid(),
        _ => await EditViewAsync(id, role, organisationId, memberId, AdminForms.Message(t, outcome), StatusCodes.Status422UnprocessableEntity, ct),
    };

    private async Task<IActionResult> EditViewAsync(string? id, string? role, int? organisationId, int? memberId, string? error, int status,
        CancellationToken ct)
    {
        if (query.Actor(User) is not { } actor)
            return Forbid();
        var row = (await users.ListAsync(actor, ct)).FirstOrDefault(u => u.Id == id);
        if (row is null)
            return NotFound();
        Response.StatusCode = status;
        return View(nameof(Edit), new UserEditViewModel(row, actor.GrantableRoles, await query.OrganisationsAsync(ct),
            await query.MembersWithoutLoginAsync(row.MemberId, ct),
            role ?? row.Roles.FirstOrDefault(), organisationId ?? row.OrganisationId, memberId ?? row.MemberId, error)
        {
            IsSelf = row.Id == actor.UserId,
        });
    }

    private ViewResult PasswordShown(string userName, string displayName, string password, bool created)
    {
        Response.Headers.CacheControl = "no-store";
        return View("InitialPassword", new InitialPasswordViewModel(userName, displayName, password, created));
    }

    private async Task<IActionResult> RefusedAsync(AdminActor actor, UserCreateForm form, string message, string? field, int status, CancellationToken ct)
    {
        Response.StatusCode = status;
        return View(nameof(Index), await PageAsync(actor, form, message, field, ct));
    }

    private async Task<UsersPageViewModel> PageAsync(AdminActor actor, UserCreateForm form, string? error, string? field, CancellationToken ct) =>
        new(await users.ListAsync(actor, ct), actor.GrantableRoles, await query.OrganisationsAsync(ct), await query.MembersWithoutLoginAsync(null, ct),
            form, error, field);

    private RedirectToActionResult Saved(string? id)
    {
        TempData[OrganisationsController.SavedKey] = true;
        return RedirectToAction(nameof(Edit), new { id });
    }
}
