using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Dashboards;

namespace PartyScoring.Web.Controllers;

/// <summary>统计看板: the office and county see every branch below them; branch staff see their own branch.</summary>
[Authorize(Policy = Policies.BranchRecords)]
public sealed class DashboardController(DashboardQuery dashboard, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var y = year ?? now.Year;
        if (y is < 2000 or > 2100)
            return NotFound();
        var model = await dashboard.RunAsync(y, now.Year, (now.Month + 2) / 3, ct);
        return model is null ? NotFound() : View(model);
    }
}
