using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Queries;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Builds a member's portal through the user's scope: a member reaches only their own id, staff only members of their
/// subtree; anything else is null (404). Only this member's lines, declarations and objections are read.
/// The figures are the year as the year end counts it (confirmed lines and the register's votes); the branch
/// computation behind the rank comes from <see cref="CachedBranchYears"/>, checked against the database on every request.
/// </summary>
public sealed class PortalQuery(ScopedData data, CachedBranchYears branchYears, IMemberYearSummaries summaries, DeclarationQuery declarations)
{
    public async Task<PortalViewModel?> RunAsync(int memberId, int year, int currentYear, CancellationToken ct = default)
    {
        // A dozen small reads: one connection for all of them rather than one opened and closed for each.
        await data.Db.Database.OpenConnectionAsync(ct);
        try
        {
            return await BuildAsync(memberId, year, currentYear, ct);
        }
        finally
        {
            await data.Db.Database.CloseConnectionAsync();
        }
    }

    private async Task<PortalViewModel?> BuildAsync(int memberId, int year, int currentYear, CancellationToken ct)
    {
        var found = await data.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Join(data.Db.Organisations.AsNoTracking(), m => m.BranchId, o => o.Id, (m, o) => new { Member = m, Branch = o })
            .SingleOrDefaultAsync(ct);
        if (found is null)
            return null;
        var (member, branch) = (found.Member, found.Branch);
        var branchYear = await branchYears.ForBranchAsync(branch, year, ct);
        if (branchYear?.Everyone.SingleOrDefault(r => r.Member.Id == memberId) is not { } result)
            return null;

        var lines = await data.LedgerLines.AsNoTracking()
            .Where(l => l.MemberId == memberId && l.Year == year && l.State != LedgerLineState.Refused)
            .Join(data.Db.SchemeItems, l => l.SchemeItemId, i => i.Id, (l, i) => new LedgerLineViewModel(
                l.Id, l.Quarter, i.Code, i.Name, l.Kind, l.Points, l.Description, l.State, l.Source, l.ReversesLineId != null))
            .ToListAsync(ct);
        var withLines = await data.LedgerLines.Where(l => l.MemberId == memberId).Select(l => l.Year).Distinct().ToListAsync(ct);
        var years = withLines.Append(year).Append(currentYear).Distinct().OrderDescending().ToList();
        var model = new MemberYearViewModel(
            member.Id, member.Name, branch.Name, member.Status, member.Category, PhoneMask.Mask(member.Phone), member.IsMobile, year,
            branchYear.Scheme.Name, branchYear.Scheme.Version, branchYear.Result.Graded.Count, MemberRowViewModel.From(result),
            lines.OrderBy(l => l.Quarter).ThenBy(l => l.Id).ToList(), years);

        var summary = await summaries.ForMemberAsync(memberId, branch, withLines.Append(currentYear).ToList(), ct);
        var own = await declarations.OfMemberAsync(memberId, ct);
        var rows = await data.Db.Objections.AsNoTracking().Where(o => o.MemberId == memberId)
            .Join(data.Db.LedgerLines, o => o.LedgerLineId, l => l.Id, (o, l) => new { o, l.Description, l.Points, l.Year, l.Quarter })
            .ToListAsync(ct);
        var objections = rows
            .Select(x => new PortalObjectionViewModel(x.o.Id, x.o.SheetId, x.Year, x.Quarter, x.Description, x.Points, x.o.Reason,
                x.o.RaisedAt, x.o.State, x.o.Decision, x.o.DecidedBy, x.o.DecidedAt))
            .OrderByDescending(o => o.Id).ToList();
        return new PortalViewModel(model, summary, own, objections);
    }
}
