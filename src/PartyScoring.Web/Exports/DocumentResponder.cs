using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Web.Infrastructure;

namespace PartyScoring.Web.Exports;

/// <summary>
/// Answers a request for a paper form: the workbook as Excel, as PDF or as the print preview, for whichever controller
/// asked (the branch papers and the township's). One PDF and one workbook at a time per user, and every file that
/// leaves the system is audited.
/// </summary>
public sealed class DocumentResponder(IExcelExporter excel, PrintViewRenderer print, IPdfRenderer pdf, PerUserGate gate, ExportAudit audit)
{
    private const string ProblemView = "~/Views/Exports/PdfUnavailable.cshtml";

    public bool PdfAvailable => pdf.IsAvailable;

    public async Task<IActionResult> AnswerAsync(Controller controller, ReportWorkbook workbook, string fileName, string? format,
        CancellationToken ct)
    {
        // One PDF and one workbook at a time per user (issue 20 §7: one secretary's 40 PDFs held every renderer slot).
        using var lease = format is "pdf" or "xlsx" ? gate.TryEnter("document." + format, controller.User.Identity?.Name ?? "", 1) : null;
        if (format is "pdf" or "xlsx" && lease is null)
            return PleaseWait(controller);
        switch (format)
        {
            case "xlsx":
                await AuditAsync(controller, format, ct);
                var stream = new MemoryStream();
                excel.Write(workbook, stream);
                stream.Position = 0;
                return controller.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
            case "pdf":
                if (!pdf.IsAvailable)
                    return PdfProblem(controller, "Exports_PdfUnavailable");
                await AuditAsync(controller, format, ct);
                try
                {
                    return controller.File(await print.PdfAsync(controller.ControllerContext, workbook, ct), "application/pdf", fileName + ".pdf");
                }
                catch (PdfUnavailableException)
                {
                    return PdfProblem(controller, "Exports_PdfFailed");
                }
            case null or "" or "html":
                return controller.View(PrintViewRenderer.View, workbook);
            default:
                return controller.NotFound();
        }
    }

    /// <summary>
    /// Registers and archives carry members' names and points, so every file that leaves the system is audited: which
    /// document, whose record (member, branch or the user's township) and which period — ids only, never the names.
    /// </summary>
    private Task AuditAsync(Controller controller, string format, CancellationToken ct)
    {
        var action = controller.ControllerContext.ActionDescriptor.ActionName;
        var id = controller.RouteData.Values["id"]?.ToString();
        var entity = id is null ? "Township" : action == "Archive" ? "Member" : "Organisation";
        var query = controller.Request.Query;
        var period = string.Join(" ", new[] { "year", "quarter", "table" }.Where(query.ContainsKey).Select(k => $"{k}={query[k]}"));
        return audit.RecordAsync(entity, id ?? "-", $"{action}.{format} {period}".Trim(), ct);
    }

    private static ViewResult PleaseWait(Controller controller)
    {
        controller.Response.Headers.RetryAfter = "10";
        controller.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return controller.View(ProblemView, "Exports_PleaseWait");
    }

    private static ViewResult PdfProblem(Controller controller, string messageKey)
    {
        controller.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return controller.View(ProblemView, messageKey);
    }
}
