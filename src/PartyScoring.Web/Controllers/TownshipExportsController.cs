using PartyScoring.Domain.Common;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Exports;

namespace PartyScoring.Web.Controllers;

/// <summary>The township's statistics tables and workbook (one sheet per branch plus a summary) for the office and county.</summary>
[Authorize(Policy = Policies.TownshipOrCounty)]
public sealed class TownshipExportsController(ExportData data, ScopedData scoped, RegisterBuilder registers, IExcelExporter excel,
    PrintViewRenderer print, IPdfRenderer pdf, TimeProvider clock) : Controller
{
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y))
            return NotFound();
        var own = await scoped.OwnOrganisationAsync(ct);
        return View(new ViewModels.TownshipExportsViewModel(own?.Name ?? "", y, pdf.IsAvailable));
    }

    public async Task<IActionResult> Statistics(int table, int? year, string? format, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y) || table is not (1 or 2))
            return NotFound();
        var branches = await data.BranchYearsAsync(y, ct);
        var own = await scoped.OwnOrganisationAsync(ct);
        var sheet = registers.Statistics(table, own?.Name ?? "", y, branches, await data.CategoriesAsync(ct));
        return await Documents().DocumentAsync(new ReportWorkbook([sheet]), sheet.Title, format, ct);
    }

    /// <summary>评星定级汇总表 of the township in scope, from the same ratings the star-rating overview shows.</summary>
    public async Task<IActionResult> StarSummary(int? year, string? format, [FromServices] StarRatingReader ratings, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y) || await ratings.ForTownshipAsync(null, y, ct) is not { } township)
            return NotFound();
        var sheet = registers.StarSummary(township);
        return await Documents().DocumentAsync(new ReportWorkbook([sheet]), sheet.Title + "-" + y, format, ct);
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
        return await Documents().DocumentAsync(new ReportWorkbook(sheets), sheets[0].Title + "-" + y, format ?? "xlsx", ct);
    }

    private const int DoubleClickSeconds = 10;

    /// <summary>Queues the township workbook; the browser follows its progress on the job page.</summary>
    [HttpPost]
    public async Task<IActionResult> StartWorkbook(int? year, [FromServices] PartyScoringDbContext db, [FromServices] ExportJobQueue queue,
        [FromServices] UserManager<AppUser> userManager, CancellationToken ct)
    {
        var y = year ?? clock.GetLocalNow().Year;
        if (!ReportingYear.IsValid(y) || userManager.GetUserId(User) is not { } userId)
            return NotFound();
        // A double click (or a second tab) follows the same job instead of queueing the same work again: one still
        // on its way, or one asked for seconds ago (it may be done already). The user's own jobs are few: filtered here.
        var culture = CultureInfo.CurrentUICulture.Name;
        var recent = clock.GetUtcNow().AddSeconds(-DoubleClickSeconds);
        var same = (await db.ExportJobs.AsNoTracking()
                .Where(j => j.Kind == ExportJobRunner.TownshipWorkbook && j.Year == y && j.RequestedBy == userId && j.Culture == culture)
                .ToListAsync(ct))
            .FirstOrDefault(j => j.State is ExportJobState.Queued or ExportJobState.Running
                                 || (j.State != ExportJobState.Failed && j.RequestedAt >= recent));
        if (same is not null)
            return RedirectToAction(nameof(Job), new { id = same.Id });
        var job = new ExportJob(ExportJobRunner.TownshipWorkbook, y, userId, culture, clock.GetUtcNow());
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        queue.Wake();
        return RedirectToAction(nameof(Job), new { id = job.Id });
    }

    /// <summary>Progress of one's own job (another user's job is a 404).</summary>
    public async Task<IActionResult> Job(Guid id, [FromServices] PartyScoringDbContext db, [FromServices] UserManager<AppUser> userManager, CancellationToken ct)
    {
        var userId = userManager.GetUserId(User);
        var job = await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.RequestedBy == userId, ct);
        return job is null ? NotFound() : View(job);
    }

    public async Task<IActionResult> Download(Guid id, [FromServices] PartyScoringDbContext db, [FromServices] UserManager<AppUser> userManager,
        [FromServices] ExportStorage storage, CancellationToken ct)
    {
        var userId = userManager.GetUserId(User);
        var job = await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.RequestedBy == userId && j.State == ExportJobState.Done, ct);
        var path = storage.PathOf(id);
        if (job is null || !System.IO.File.Exists(path))
            return NotFound();
        return PhysicalFile(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", job.FileName);
    }

    private ExportsController Documents() => new(data, registers, excel, print, pdf, clock) { ControllerContext = ControllerContext };
}
