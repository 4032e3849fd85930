using PartyScoring.Domain.Common;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Members;
using PartyScoring.Infrastructure.Exports;
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
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var model = await portal.RunAsync(id, y, current, ct);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>
    /// 导出我的数据: everything held about the member, as an Excel workbook (default) or JSON. The member themself, or the
    /// secretary or clerk of their branch acting on the member's request (PersonalDataAccess); anyone else gets a 404.
    /// Every download writes an audit line.
    /// </summary>
    public async Task<IActionResult> PersonalData(int id, string? format, [FromServices] PersonalDataQuery query,
        [FromServices] PersonalDataWorkbook workbook, [FromServices] IExcelExporter excel, [FromServices] ExportAudit audit,
        [FromServices] PersonalDataAccess access, [FromServices] IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var kind = format is null or "" ? "xlsx" : format;
        if (kind is not ("xlsx" or "json"))
            return NotFound();
        var record = await query.RunAsync(id, ct);
        if (record is null)
            return NotFound();
        await audit.RecordAsync(nameof(Member), id.ToString(CultureInfo.InvariantCulture),
            $"PersonalData.{kind} ({(access.IsOwn(id) ? "self" : "on request")})", ct);

        var fileName = $"{t["PersonalData_Title"]}-{record.Profile.Name}-{record.ExportedAt.ToLocalTime():yyyyMMdd}.{kind}";
        if (kind == "json")
            return File(PersonalDataJson.Write(record), "application/json", fileName);
        var stream = new MemoryStream();
        excel.Write(workbook.Build(record), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }
}
