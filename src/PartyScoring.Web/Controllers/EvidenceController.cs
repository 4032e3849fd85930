using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Evidence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.Authorization;

namespace PartyScoring.Web.Controllers;

/// <summary>
/// Serves an evidence file only to a user whose scope includes the member it belongs to, always as a download
/// with the type recognised at upload (never as a page the browser would render).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EvidenceController(ScopedData data, EvidenceStore store) : Controller
{
    public async Task<IActionResult> Download(Guid id, CancellationToken ct)
    {
        var visibleMembers = data.Members.Select(m => m.Id);
        var file = await data.Db.EvidenceFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == id && visibleMembers.Contains(f.MemberId), ct);
        if (file is null)
            return NotFound();
        return File(store.Open(file), file.ContentType, file.FileName);
    }
}
