using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Controllers;

/// <summary>One member's points and ledger lines; a member reaches only their own, staff only their scope's.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MembersController(MemberYearQuery memberYear, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Details(int id, int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var model = await memberYear.RunAsync(id, y, ct);
        return model is null ? NotFound() : View(model);
    }
}
