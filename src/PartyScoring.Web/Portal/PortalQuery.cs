using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.Queries;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Builds a member's portal through the user's scope: a member reaches only their own id, staff only members of their
/// subtree; anything else is null (404). Only this member's lines, declarations and objections are read.
/// </summary>
public sealed class PortalQuery(ScopedData data, MemberYearQuery memberYear, IMemberYearSummaries summaries, DeclarationQuery declarations)
{
    public async Task<PortalViewModel?> RunAsync(int memberId, int year, int currentYear, CancellationToken ct = default)
    {
        if (!await data.Members.AnyAsync(m => m.Id == memberId, ct))
            return null;
        var model = await memberYear.RunAsync(memberId, year, ct);
        if (model is null)
            return null;
        var years = await summaries.ForMemberAsync(memberId, currentYear, ct);
        var own = await declarations.OfMemberAsync(memberId, ct);
        var rows = await data.Db.Objections.AsNoTracking().Where(o => o.MemberId == memberId)
            .Join(data.Db.LedgerLines, o => o.LedgerLineId, l => l.Id, (o, l) => new { o, l.Description, l.Points, l.Year, l.Quarter })
            .ToListAsync(ct);
        var objections = rows
            .Select(x => new PortalObjectionViewModel(x.o.Id, x.o.SheetId, x.Year, x.Quarter, x.Description, x.Points, x.o.Reason,
                x.o.RaisedAt, x.o.State, x.o.Decision, x.o.DecidedBy, x.o.DecidedAt))
            .OrderByDescending(o => o.Id).ToList();
        return new PortalViewModel(model, years, own, objections);
    }
}
