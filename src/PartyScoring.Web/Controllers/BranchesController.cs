using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>A branch's roster with this year's points, for the office and the branch's own staff.</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class BranchesController(YearResults results, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Details(int id, int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var branch = await results.ForBranchAsync(id, y, ct);
        return branch is null ? NotFound() : View(BranchYearViewModel.From(branch.Year));
    }
}
