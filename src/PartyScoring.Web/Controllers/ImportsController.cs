using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Imports;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.Authorization;
using PartyScoring.Web.Imports;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>Roster import from the app's Excel template: the office for the whole township, a clerk for their own branch.</summary>
[Authorize(Policy = Policies.RosterImport)]
public sealed class ImportsController(RosterImporter importer, RosterWords words, ScopedData data, PerUserGate gate,
    IStringLocalizer<SharedResource> t) : Controller
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The <see cref="PerUserGate"/> kind: one import at a time per user, however small the file.</summary>
    public const string ImportWork = "import";

    [HttpGet]
    public IActionResult Roster() => View(new RosterImportViewModel([], []));

    [HttpPost]
    [RequestSizeLimit(MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Roster(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
            return Rejected(new RosterError(0, null, "NoFile"));
        if (file.Length == 0)
            return Rejected(new RosterError(0, null, "Empty"));
        if (file.Length > MaxBytes)
            return Rejected(new RosterError(0, null, "TooLarge"));
        using var lease = gate.TryEnter(ImportWork, User.Identity!.Name!, 1);
        if (lease is null)
        {
            Response.Headers.RetryAfter = "10";
            return Rejected(StatusCodes.Status429TooManyRequests, new RosterError(0, null, "Busy"));
        }
        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var result = await importer.ImportAsync(buffer, words.Vocabulary(), ct);
        if (!result.Imported)
            return Rejected([.. result.Errors]);
        return View(new RosterImportViewModel([], result.Added.Select(a => new RosterAddedRow(a.Name, a.Branch)).ToList()));
    }

    [HttpGet]
    public async Task<IActionResult> Template(CancellationToken ct)
    {
        var branches = await data.Organisations.Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Path).Select(o => o.Name).ToListAsync(ct);
        var stream = new MemoryStream();
        RosterTemplate.Write(stream, words.Vocabulary(), branches, t["Import_ValuesSheet"]);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", t["Import_Title"] + ".xlsx");
    }

    private ViewResult Rejected(params RosterError[] errors) => Rejected(StatusCodes.Status422UnprocessableEntity, errors);

    private ViewResult Rejected(int status, params RosterError[] errors)
    {
        Response.StatusCode = status;
        return View(nameof(Roster), new RosterImportViewModel(
            errors.Select(e => new RosterErrorRow(e.Row == 0 ? null : e.Row, words.Column(e.Column), words.Message(e))).ToList(), []));
    }
}
