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
public sealed class ExportsController(ExportData data, RegisterBuilder registers, DocumentResponder documents, TimeProvider clock) : Controller
{
    [Authorize(Policy = Policies.BranchRecords)]
    public async Task<IActionResult> Branch(int id, int? year, int? quarter, CancellationToken ct)
    {
        var (y, q) = Period(year, quarter);
        if (y is null || q is null)
            return NotFound();
        var found = await data.QuarterAsync(id, y.Value, q.Value, ct);
        return found is null ? NotFound() : View(new ExportsPageViewModel(id, found.Branch.Name, y.Value, q.Value, documents.PdfAvailable));
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

    private Task<IActionResult> DocumentAsync(ReportSheet sheet, string? format, CancellationToken ct) =>
        documents.AnswerAsync(this, new ReportWorkbook([sheet]), sheet.Title + "-" + sheet.SheetName, format, ct);

    private (int? Year, int? Quarter) Period(int? year, int? quarter)
    {
        var now = clock.GetLocalNow();
        var y = year ?? now.Year;
        var q = quarter ?? CalendarQuarter.Containing(now).Number;
        return (ReportingYear.IsValid(y) ? y : null, CalendarQuarter.IsValidNumber(q) ? q : null);
    }
}
