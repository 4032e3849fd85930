using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>The audit log for the township office: who changed which record, when; filters only, no changes.</summary>
[Authorize(Policy = Policies.OfficeOnly)]
public sealed class AuditController(AuditLogQuery audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            filter = new AuditFilter();
        return View(await audit.RunAsync(filter, ct));
    }
}
