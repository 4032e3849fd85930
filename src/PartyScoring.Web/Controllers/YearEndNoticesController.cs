using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.YearEnd;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Controllers;

/// <summary>The annual public notice (staff and the branch's members) and members' objections to their own result.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class YearEndNoticesController(YearEndQuery query, YearEndService registers, ScopedData data, IStringLocalizer<SharedResource> text)
    : Controller
{
    /// <summary>Annual notices of the branches in scope (a member: their own branch), newest year first.</summary>
    public async Task<IActionResult> Index(CancellationToken ct) => View(await query.NoticesAsync(ct));

    /// <summary>The annual notice: members of the branch see totals and grades, and object to their own result.</summary>
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await query.NoticeAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.MemberOnly)]
    public async Task<IActionResult> Object(int id, string? reason, CancellationToken ct)
    {
        if (data.Scope?.MemberId is not { } memberId)
            return NotFound();
        var result = await registers.ObjectAsync(id, memberId, reason, User.Identity!.Name!, ct);
        if (result.Kind == ResultKind.Ok)
            return RedirectToAction(nameof(Details), new { id });
        if (result.Kind == ResultKind.NotFound)
            return NotFound();
        var model = await query.NoticeAsync(id, ct);
        if (model is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), model with { Error = DomainErrors.Message(text, result.Errors.Values.First()), Reason = reason });
    }
}
