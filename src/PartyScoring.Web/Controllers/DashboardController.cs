using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Common;
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
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var model = await dashboard.RunAsync(y, now.Year, CalendarQuarter.Containing(now).Number, ct);
        return model is null ? NotFound() : View(model);
    }
}
