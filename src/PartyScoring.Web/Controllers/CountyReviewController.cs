using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>县委组织部: review of five-star recommendations, the quota approval and the 15 % spot check.</summary>
[Authorize(Policy = Policies.CountyReview)]
public sealed class CountyReviewController(StarRatingQuery query, StarRatingService ratings, CountyCheckService checks,
    IStringLocalizer<SharedResource> text, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? townshipId, int? year, CancellationToken ct)
    {
        var model = await query.CountyReviewAsync(townshipId, year ?? clock.GetLocalNow().Year, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Review(int townshipId, int branchId, int year, string? decision, int? stars, string? reason, CancellationToken ct)
    {
        var confirm = decision == "confirm";
        string? error = null;
        if (!confirm && (stars is not (>= 1 and <= 4)))
            error = text["County_StarsRequired"];
        else if (!confirm && string.IsNullOrWhiteSpace(reason))
            error = text["County_ReasonRequired"];
        if (error is null)
        {
            try
            {
                if (!await ratings.ReviewByCountyAsync(branchId, year, confirm ? 5 : stars!.Value, reason, ct))
                    return NotFound();
                return RedirectToAction(nameof(Index), new { townshipId, year });
            }
            catch (DomainException e)
            {
                error = DomainErrors.Message(text, e.Code);
            }
        }
        return await IndexWithErrorAsync(townshipId, year, error, ct, m =>
        {
            m.ReviewBranchId = branchId;
            m.InputReason = reason;
        });
    }

    [HttpPost]
    public async Task<IActionResult> RaiseQuota(int townshipId, int year, string? percent, string? approvedOn, string? document, CancellationToken ct)
    {
        string? error = null;
        if (!ScoreForm.TryParse(percent, out var p) || !FiveStarQuota.IsValidRaisedQuota(p / 100m))
            error = text["Quota_PercentRange"];
        else if (!DateOnly.TryParse(approvedOn, System.Globalization.CultureInfo.InvariantCulture, out var on))
            error = text["Quota_DateRequired"];
        else
        {
            try
            {
                if (!await ratings.RaiseQuotaAsync(townshipId, year, p / 100m, on, document ?? string.Empty, ct))
                    return NotFound();
                return RedirectToAction(nameof(Index), new { townshipId, year });
            }
            catch (DomainException e)
            {
                error = DomainErrors.Message(text, e.Code);
            }
        }
        return await IndexWithErrorAsync(townshipId, year, error, ct, m =>
        {
            m.InputPercent = percent;
            m.InputApprovedOn = approvedOn;
            m.InputDocument = document;
        });
    }

    public async Task<IActionResult> SpotCheck(int? townshipId, int? year, CancellationToken ct)
    {
        var model = await query.SpotCheckAsync(townshipId, year ?? clock.GetLocalNow().Year, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Draw(int townshipId, int year, string? seed, CancellationToken ct)
    {
        string? error = null;
        if (!long.TryParse(seed?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s))
            error = text["Spot_SeedInvalid"];
        else
        {
            try
            {
                if (!await checks.DrawAsync(townshipId, year, s, ct))
                    return NotFound();
                return RedirectToAction(nameof(SpotCheck), new { townshipId, year });
            }
            catch (DomainException e)
            {
                error = DomainErrors.Message(text, e.Code);
            }
        }
        var model = await query.SpotCheckAsync(townshipId, year, ct);
        if (model is null)
            return NotFound();
        model.InputSeed = seed;
        model.FormError = error;
        return View(nameof(SpotCheck), model);
    }

    [HttpPost]
    public async Task<IActionResult> Record(int townshipId, int year, int branchId, bool upheld, string? finding, CancellationToken ct)
    {
        string? error;
        try
        {
            if (!await checks.RecordAsync(townshipId, year, branchId, upheld, finding ?? string.Empty, ct))
                return NotFound();
            return RedirectToAction(nameof(SpotCheck), new { townshipId, year });
        }
        catch (DomainException e)
        {
            error = DomainErrors.Message(text, e.Code);
        }
        var model = await query.SpotCheckAsync(townshipId, year, ct);
        if (model is null)
            return NotFound();
        model.FormError = error;
        return View(nameof(SpotCheck), model);
    }

    private async Task<IActionResult> IndexWithErrorAsync(int townshipId, int year, string? error, CancellationToken ct,
        Action<CountyReviewViewModel>? typed = null)
    {
        var model = await query.CountyReviewAsync(townshipId, year, ct);
        if (model is null)
            return NotFound();
        model.FormError = error;
        typed?.Invoke(model);
        return View(nameof(Index), model);
    }
}
