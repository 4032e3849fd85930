using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.Authorization;

namespace PartyScoring.Web.Controllers;

/// <summary>The year's scoring scheme as announced: items, points, caps and grade bands (read-only for now).</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class SchemesController(ScopedData data, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        var schemes = await data.Schemes.AsNoTracking()
            .AsSplitQuery().Include(s => s.Items).Include(s => s.Bands).Include(s => s.Categories)
            .Where(s => s.Year == y)
            .ToListAsync(ct);
        // Only the newest version of each township's scheme is in force.
        var current = schemes.GroupBy(s => s.TownshipId).Select(g => g.MaxBy(s => s.Version)!).ToList();
        ViewData["Year"] = y;
        return View(current);
    }
}
