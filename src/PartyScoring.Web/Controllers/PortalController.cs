using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Portal;

namespace PartyScoring.Web.Controllers;

/// <summary>我的积分: a member's portal. A member reaches only their own; staff only members in their scope (else 404).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PortalController(PortalQuery portal, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int id, int? year, CancellationToken ct)
    {
        var current = clock.GetLocalNow().Year;
        var y = year ?? current;
        if (y is < 2000 or > 2100)
            return NotFound();
        var model = await portal.RunAsync(id, y, current, ct);
        return model is null ? NotFound() : View(model);
    }
}
