using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Exports;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>
/// The paper forms in Excel, PDF or as a print preview. Every document is read through ScopedData exactly like the page
/// it mirrors, so a branch out of scope (or another member) is a 404.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ExportsController(ExportData data, RegisterBuilder registers, IExcelExporter excel, PrintViewRenderer print,
    IPdfRenderer pdf, TimeProvider clock) : Controller
{
    [Authorize(Policy = Policies.BranchRecords)]
    public async Task<IActionResult> Branch(int id, int? year, int? quarter, CancellationToken ct)
    {
        var (y, q) = Period(year, quarter);
        if (y is null || q is null)
            return NotFound();
        var found = await data.QuarterAsync(id, y.Value, q.Value, ct);
        return found is null ? NotFound() : View(new ExportsPageViewModel(id, found.Branch.Name, y.Value, q.Value, pdf.IsAvailable));
    }

    [Authorize(Policy = Policies.BranchRecords)]
    public async Task<IActionResult> Quarterly(int id, int? year, int? quarter, string? format, CancellationToken ct)
    {
        var (y, q) = Period(year, quarter);
        var found = y is null || q is null ? null : await data.QuarterAsync(id, y.Value, q.Value, ct);
        return found is null ? NotFound() : await DocumentAsync(registers.Quarterly(found), format, ct);
    }

    [Authorize(Policy = Policies.BranchRecords)]
    public async Task<IActionResult> Notice(int id, int? year, int? quarter, string? format, CancellationToken ct)
    {
        var (y, q) = Period(year, quarter);
        var found = y is null || q is null ? null : await data.QuarterAsync(id, y.Value, q.Value, ct);
        return found is null ? NotFound() : await DocumentAsync(registers.Notice(found), format, ct);
    }

    [Authorize(Policy = Policies.BranchRecords)]
    public async Task<IActionResult> YearRegister(int id, int? year, string? format, CancellationToken ct)
    {
        var (y, _) = Period(year, 1);
        var found = y is null ? null : await data.BranchYearAsync(id, y.Value, ct);
        return found is null ? NotFound() : await DocumentAsync(registers.YearRegister(found), format, ct);
    }

    /// <summary>Staff reach the members of their scope; a member only their own archive.</summary>
    public async Task<IActionResult> Archive(int id, string? format, CancellationToken ct)
    {
        var found = await data.ArchiveAsync(id, ct);
        return found is null ? NotFound() : await DocumentAsync(registers.Archive(found), format, ct);
    }

    private async Task<IActionResult> DocumentAsync(ReportSheet sheet, string? format, CancellationToken ct) =>
        await DocumentAsync(new ReportWorkbook([sheet]), sheet.Title + "-" + sheet.SheetName, format, ct);

    internal async Task<IActionResult> DocumentAsync(ReportWorkbook workbook, string fileName, string? format, CancellationToken ct)
    {
        // One PDF and one workbook at a time per user (issue 20 §7: one secretary's 40 PDFs held every renderer slot).
        using var lease = format is "pdf" or "xlsx" ? HttpContext.RequestServices.GetRequiredService<PerUserGate>()
            .TryEnter("document." + format, User.Identity?.Name ?? "", 1) : null;
        if (format is "pdf" or "xlsx" && lease is null)
            return PleaseWait();
        switch (format)
        {
            case "xlsx":
                await AuditAsync(format, ct);
                var stream = new MemoryStream();
                excel.Write(workbook, stream);
                stream.Position = 0;
                return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
            case "pdf":
                if (!pdf.IsAvailable)
                    return PdfProblem("Exports_PdfUnavailable");
                await AuditAsync(format, ct);
                try
                {
                    return File(await print.PdfAsync(ControllerContext, workbook, ct), "application/pdf", fileName + ".pdf");
                }
                catch (PdfUnavailableException)
                {
                    return PdfProblem("Exports_PdfFailed");
                }
            case null or "" or "html":
                return View(PrintViewRenderer.View, workbook);
            default:
                return NotFound();
        }
    }

    /// <summary>
    /// Registers and archives carry members' names and points, so every file that leaves the system is audited: which
    /// document, whose record (member, branch or the user's township) and which period — ids only, never the names.
    /// Resolved here rather than injected because the township exports reuse this controller's document code.
    /// </summary>
    private Task AuditAsync(string format, CancellationToken ct)
    {
        var action = ControllerContext.ActionDescriptor.ActionName;
        var id = RouteData.Values["id"]?.ToString();
        var entity = id is null ? "Township" : action == nameof(Archive) ? "Member" : "Organisation";
        var period = string.Join(" ", new[] { "year", "quarter", "table" }
            .Where(k => Request.Query.ContainsKey(k)).Select(k => $"{k}={Request.Query[k]}"));
        return HttpContext.RequestServices.GetRequiredService<ExportAudit>()
            .RecordAsync(entity, id ?? "-", $"{action}.{format} {period}".Trim(), ct);
    }

    /// <summary>By path: the township exports reuse this controller's document code under their own controller name.</summary>
    private const string ProblemView = "~/Views/Exports/PdfUnavailable.cshtml";

    private ViewResult PleaseWait()
    {
        Response.Headers.RetryAfter = "10";
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return View(ProblemView, "Exports_PleaseWait");
    }

    private ViewResult PdfProblem(string messageKey)
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View(ProblemView, messageKey);
    }

    internal (int? Year, int? Quarter) Period(int? year, int? quarter)
    {
        var now = clock.GetLocalNow();
        var y = year ?? now.Year;
        var q = quarter ?? CalendarQuarter.Containing(now).Number;
        return (ReportingYear.IsValid(y) ? y : null, CalendarQuarter.IsValidNumber(q) ? q : null);
    }
}
