using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Exports;

/// <summary>
/// Runs queued township workbooks one at a time. Each job reads through ScopedData as the user who asked for it
/// (their claims rebuilt from the database) and in their language; progress goes to the job row.
/// </summary>
public sealed class ExportJobRunner(IServiceScopeFactory scopes, ExportJobQueue queue, ExportStorage storage, IHttpContextAccessor http,
    TimeProvider clock, ILogger<ExportJobRunner> logger) : BackgroundService
{
    public const string TownshipWorkbook = "TownshipWorkbook";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunQueuedAsync(stoppingToken);
                await queue.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Export job loop failed");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task RunQueuedAsync(CancellationToken ct)
    {
        List<Guid> queued;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            queued = await db.ExportJobs.Where(j => j.State == ExportJobState.Queued).Select(j => j.Id).ToListAsync(ct);
        }
        foreach (var id in queued)
            await RunAsync(id, ct);
    }

    private async Task RunAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PartyScoringDbContext>();
        // Claim the job: another instance may have taken it already.
        if (await db.ExportJobs.Where(j => j.Id == id && j.State == ExportJobState.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ExportJobState.Running), ct) == 0)
            return;
        var job = await db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(job.RequestedBy)
                       ?? throw new InvalidOperationException("The requesting user no longer exists.");
            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            http.HttpContext = new DefaultHttpContext { User = principal, RequestServices = services };
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(job.Culture);

            var file = await WriteWorkbookAsync(services, job, percent => SetPercentAsync(db, id, percent, ct), ct);
            await db.ExportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, ExportJobState.Done).SetProperty(j => j.Percent, 100)
                .SetProperty(j => j.FileName, file).SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Export job {Job} failed", id);
            await db.ExportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, ExportJobState.Failed).SetProperty(j => j.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        }
        finally
        {
            http.HttpContext = null;
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task<string> WriteWorkbookAsync(IServiceProvider services, ExportJob job, Func<int, Task> percent, CancellationToken ct)
    {
        var data = services.GetRequiredService<ExportData>();
        var registers = services.GetRequiredService<RegisterBuilder>();
        var own = await services.GetRequiredService<ScopedData>().OwnOrganisationAsync(ct);
        var branches = await data.BranchYearsAsync(job.Year, ct, (done, total) => percent(total == 0 ? 50 : done * 50 / total));
        var sheets = new List<ReportSheet> { registers.TownshipSummary(own?.Name ?? "", job.Year, branches) };
        sheets.AddRange(branches.Select(registers.YearRegister));

        Directory.CreateDirectory(storage.Folder);
        var path = storage.PathOf(job.Id);
        await using (var stream = new FileStream(path + ".part", FileMode.Create, FileAccess.ReadWrite))
            services.GetRequiredService<IExcelExporter>().Write(new ReportWorkbook(sheets), stream,
                written => percent(50 + written * 50 / sheets.Count).GetAwaiter().GetResult());
        File.Move(path + ".part", path, overwrite: true);
        return $"{sheets[0].Title}-{job.Year}.xlsx";
    }

    private static Task SetPercentAsync(PartyScoringDbContext db, Guid id, int percent, CancellationToken ct) =>
        db.ExportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Percent, Math.Min(percent, 99)), ct);
}
