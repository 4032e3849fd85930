using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Portal;

namespace PartyScoring.Web.Controllers;

/// <summary>我的积分: a member's portal. A member reaches only their own; staff only members in their scope (else 404).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PortalController(PortalQuery portal, PersonalDataExport personalData, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int id, int? year, CancellationToken ct)
    {
        var current = clock.GetLocalNow().Year;
        var y = year ?? current;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var model = await portal.RunAsync(id, y, current, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>导出我的数据: the member's own record, or a member of their branch for its secretary or clerk (else 404).</summary>
    public async Task<IActionResult> PersonalData(int id, string? format, CancellationToken ct) =>
        await personalData.RunAsync(id, format, ct) is { } file ? File(file.Content, file.ContentType, file.Name) : NotFound();
}
