using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>A branch's roster with this year's points, for the office and the branch's own staff.</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class BranchesController(YearPointsService points, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Details(int id, int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (y is < 2000 or > 2100)
            return NotFound();
        var branch = await points.ForBranchAsync(id, y, ct: ct);
        return branch is null ? NotFound() : View(BranchYearViewModel.From(branch));
    }
}
