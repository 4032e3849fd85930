using PartyScoring.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Exports;

namespace PartyScoring.Web.Controllers;

/// <summary>The township's statistics tables and workbook (one sheet per branch plus a summary) for the office and county.</summary>
[Authorize(Policy = Policies.TownshipOrCounty)]
public sealed class TownshipExportsController(ExportData data, ScopedData scoped, RegisterBuilder registers, DocumentResponder documents,
    StarRatingReader ratings, WorkbookJobs jobs, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var own = await scoped.OwnOrganisationAsync(ct);
        return View(new ViewModels.TownshipExportsViewModel(own?.Name ?? "", y, documents.PdfAvailable));
    }

    public async Task<IActionResult> Statistics(int table, int? year, string? format, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y) || table is not (1 or 2))
            return NotFound();
        var branches = await data.BranchYearsAsync(y, ct);
        var own = await scoped.OwnOrganisationAsync(ct);
        var sheet = registers.Statistics(table, own?.Name ?? "", y, branches, await data.CategoriesAsync(ct));
        return await documents.AnswerAsync(this, new ReportWorkbook([sheet]), sheet.Title, format, ct);
    }

    /// <summary>评星定级汇总表 of the township in scope, from the same ratings the star-rating overview shows.</summary>
    public async Task<IActionResult> StarSummary(int? year, string? format, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y) || await ratings.ForTownshipAsync(null, y, ct) is not { } township)
            return NotFound();
        var sheet = registers.StarSummary(township);
        return await documents.AnswerAsync(this, new ReportWorkbook([sheet]), sheet.Title + "-" + y, format, ct);
    }

    /// <summary>The whole township in one workbook: a summary sheet, then each branch's year-end register.</summary>
    public async Task<IActionResult> Workbook(int? year, string? format, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var branches = await data.BranchYearsAsync(y, ct);
        var own = await scoped.OwnOrganisationAsync(ct);
        var sheets = new List<ReportSheet> { registers.TownshipSummary(own?.Name ?? "", y, branches) };
        sheets.AddRange(branches.Select(registers.YearRegister));
        return await documents.AnswerAsync(this, new ReportWorkbook(sheets), sheets[0].Title + "-" + y, format ?? "xlsx", ct);
    }

    /// <summary>Queues the township workbook; the browser follows its progress on the job page.</summary>
    [HttpPost]
    public async Task<IActionResult> StartWorkbook(int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var job = await jobs.StartAsync(User, y, ct);
        return job is null ? NotFound() : RedirectToAction(nameof(Job), new { id = job });
    }

    /// <summary>Progress of one's own job (another user's job is a 404).</summary>
    public async Task<IActionResult> Job(Guid id, CancellationToken ct) =>
        await jobs.FindAsync(User, id, ct) is { } job ? View(job) : NotFound();

    public async Task<IActionResult> Download(Guid id, CancellationToken ct) =>
        await jobs.FileAsync(User, id, ct) is { } file
            ? PhysicalFile(file.Path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Name)
            : NotFound();
}
