using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Common;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Controllers;

/// <summary>软弱涣散党组织整顿: the township's list of branches at two stars or below, kept by the office until closed.</summary>
[Authorize(Policy = Policies.TownshipOrCounty)]
public sealed class RectificationsController(StarRatingQuery query, CountyCheckService service, IStringLocalizer<SharedResource> text) : Controller
{
    public async Task<IActionResult> Index(int? townshipId, CancellationToken ct)
    {
        var model = await query.RectificationsAsync(townshipId, User.IsInRole(Roles.TownshipOffice), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public Task<IActionResult> Plan(int id, string? measures, string? responsiblePerson, string? deadline, CancellationToken ct) =>
        DateOnly.TryParse(deadline, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? ChangeAsync(id, () => service.PlanAsync(id, measures ?? "", responsiblePerson ?? "", d, ct), ct)
            : ShowErrorAsync(id, text["Rectification_DeadlineRequired"], ct);

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public Task<IActionResult> Report(int id, string? note, CancellationToken ct) =>
        ChangeAsync(id, () => service.ReportAsync(id, note ?? "", ct), ct);

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public Task<IActionResult> Close(int id, CancellationToken ct) =>
        ChangeAsync(id, () => service.CloseAsync(id, ct), ct);

    private async Task<IActionResult> ChangeAsync(int id, Func<Task<bool>> change, CancellationToken ct)
    {
        try
        {
            if (!await change())
                return NotFound();
        }
        catch (DomainException e)
        {
            return await ShowErrorAsync(id, DomainErrors.Message(text, e.Code), ct);
        }
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ShowErrorAsync(int id, string message, CancellationToken ct)
    {
        if (await service.RectificationAsync(id, ct) is null)
            return NotFound();
        var model = await query.RectificationsAsync(null, office: true, ct);
        if (model is null)
            return NotFound();
        model.ErrorId = id;
        model.FormError = message;
        return View(nameof(Index), model);
    }
}
