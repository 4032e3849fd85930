using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>党支部评星定级 (seed 001): the township overview, a branch's rating, and the township's steps.</summary>
[Authorize(Policy = Policies.StarRatingRead)]
public sealed class StarRatingsController(StarRatingQuery query, StarRatingService service, ScopedData data,
    IStringLocalizer<SharedResource> text, TimeProvider clock) : Controller
{
    private int ThisYear => clock.GetLocalNow().Year;

    public async Task<IActionResult> Index(int? townshipId, int? year, CancellationToken ct)
    {
        var y = year ?? ThisYear;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        if (await data.OwnOrganisationAsync(ct) is { Kind: OrganisationKind.Branch } own)
            return RedirectToAction(nameof(Branch), new { id = own.Id, year = y });
        var model = await query.TownshipAsync(townshipId, y, User.IsInRole(Roles.TownshipOffice), ct);
        return model is null ? NotFound() : View(model);
    }

    public async Task<IActionResult> Branch(int id, int? year, CancellationToken ct)
    {
        var y = year ?? ThisYear;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var model = await BranchPageAsync(id, y, ct);
        return model is null ? NotFound() : View(model);
    }

    public async Task<IActionResult> History(int id, CancellationToken ct)
    {
        var model = await query.HistoryAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    [Authorize(Policy = Policies.SelfEvaluation)]
    public async Task<IActionResult> SelfEvaluate(int id, int year, List<ScoreForm> scores, CancellationToken ct)
    {
        var problem = ScoreRowsProblem(scores);
        var page = await BranchPageAsync(id, year, ct);
        if (page is null)
            return NotFound();
        if (problem is not null)
            return Refused(page, problem);
        var inputs = ScoreForm.Apply(page, scores, selfEvaluation: true, text);
        if (inputs is null)
            return Invalid(page, text["Rating_FixErrors"]);
        try
        {
            if (!await service.SelfEvaluateAsync(id, year, inputs, ct))
                return NotFound();
        }
        catch (DomainException e)
        {
            return Invalid(page, DomainErrors.Message(text, e.Code));
        }
        return RedirectToAction(nameof(Branch), new { id, year });
    }

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public async Task<IActionResult> Evaluate(int id, int year, List<ScoreForm> scores, string? review, string? note, CancellationToken ct)
    {
        var problem = ScoreRowsProblem(scores);
        var page = await BranchPageAsync(id, year, ct);
        if (page is null)
            return NotFound();
        if (problem is not null)
            return Refused(page, problem);
        var inputs = ScoreForm.Apply(page, scores, selfEvaluation: false, text);
        page.InputReview = review;
        page.InputNote = note;
        if (!ScoreForm.TryParse(review, out var reviewScore) || reviewScore is < 0 or > 100)
            page.ReviewError = text["Rating_ReviewRange"];
        if (inputs is null || page.ReviewError is not null)
            return Invalid(page, text["Rating_FixErrors"]);
        try
        {
            if (!await service.EvaluateAsync(id, year, inputs, reviewScore, note, ct))
                return NotFound();
        }
        catch (DomainException e)
        {
            return Invalid(page, DomainErrors.Message(text, e.Code));
        }
        return RedirectToAction(nameof(Branch), new { id, year });
    }

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public Task<IActionResult> Notice(int townshipId, int year, CancellationToken ct) =>
        TownshipStepAsync(townshipId, year, () => service.PublishNoticeAsync(townshipId, year, ct), ct);

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public Task<IActionResult> Recommend(int townshipId, int year, CancellationToken ct) =>
        TownshipStepAsync(townshipId, year, () => service.RecommendAsync(townshipId, year, ct), ct);

    [HttpPost]
    [Authorize(Policy = Policies.TownshipRating)]
    public Task<IActionResult> Name(int townshipId, int year, string? filingNote, CancellationToken ct) =>
        TownshipStepAsync(townshipId, year, () => service.NameAsync(townshipId, year, filingNote, ct), ct);

    private async Task<IActionResult> TownshipStepAsync(int townshipId, int year, Func<Task<bool>> step, CancellationToken ct)
    {
        try
        {
            if (!await step())
                return NotFound();
        }
        catch (DomainException e)
        {
            var model = await query.TownshipAsync(townshipId, year, office: true, ct);
            if (model is null)
                return NotFound();
            model.FormError = DomainErrors.Message(text, e.Code);
            return View(nameof(Index), model);
        }
        return RedirectToAction(nameof(Index), new { townshipId, year });
    }

    private Task<BranchRatingViewModel?> BranchPageAsync(int id, int year, CancellationToken ct) =>
        query.BranchAsync(id, year, User.IsInRole(Roles.BranchSecretary), User.IsInRole(Roles.TownshipOffice), ct);

    /// <summary>
    /// A rating form has one row per item: no item twice, no more rows than a scheme has items (issue 20 §6). A note a
    /// little too long keeps its own message on its row (<see cref="ScoreForm.Apply"/>); only absurd text is refused here.
    /// </summary>
    private static string? ScoreRowsProblem(List<ScoreForm> scores) =>
        ListForm.Problem(scores, s => s.ItemId, 500, s => [s.Points, s.Text, s.Evidence], 20 * RatingScore.NoteMaxLength);

    private ViewResult Refused(BranchRatingViewModel page, string problem)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Invalid(page, text[problem]);
    }

    private ViewResult Invalid(BranchRatingViewModel page, string message)
    {
        page.FormError = message;
        return View(nameof(Branch), page);
    }
}
