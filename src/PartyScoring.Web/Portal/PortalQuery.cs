using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Builds a member's portal through the user's scope: a member reaches only their own id, staff only members of their
/// subtree; anything else is null (404). Only this member's lines, declarations and objections are read.
/// The figures are the one year result (<see cref="YearResults"/>): the register's record once the notice is up, else the
/// engine on confirmed lines and the register's votes, served from a cache checked against the database on every request.
/// </summary>
public sealed class PortalQuery(ScopedData data, YearResults results, IMemberYearSummaries summaries, PersonalDataAccess access)
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
        var found = await FindAsync(memberId, ct);
        if (found is null)
            return null;
        var (member, branch) = found.Value;
        var yearResult = await results.ForAsync(branch, year, ct);
        if (yearResult?.Of(memberId) is not { } result)
            return null;
        var branchYear = yearResult.Year;

        // Every line of the member in one read: the year's lines, the years they have lines in, and their declarations.
        var all = await data.LedgerLines.AsNoTracking().Where(l => l.MemberId == memberId)
            .Join(data.Db.SchemeItems, l => l.SchemeItemId, i => i.Id, (l, i) => new
            {
                Line = new LedgerLineViewModel(l.Id, l.Quarter, i.Code, i.Name, l.Kind, l.Points, l.Description, l.State, l.Source,
                    l.ReversesLineId != null),
                l.Year, l.EvidenceNote, l.DecisionReason, i.RequiresOfficeReview,
            })
            .ToListAsync(ct);
        var lines = all.Where(x => x.Year == year && x.Line.State != LedgerLineState.Refused).Select(x => x.Line)
            .OrderBy(l => l.Quarter).ThenBy(l => l.Id).ToList();
        var withLines = all.Select(x => x.Year).Distinct().ToList();
        var years = withLines.Append(year).Append(currentYear).Distinct().OrderDescending().ToList();
        var model = new MemberYearViewModel(
            member.Id, member.Name, branch.Name, member.Status, member.Category, access.Phone(member), member.IsMobile, year,
            branchYear.Scheme.Name, branchYear.Scheme.Version, branchYear.Result.Graded.Count, MemberRowViewModel.From(result), lines, years,
            access.SeesInFull(member), access.IsOwn(member.Id));
        var own = all.Where(x => x.Line.Source == LedgerSource.MemberDeclaration)
            .Select(x => new DeclarationViewModel(x.Line.Id, member.Name, x.Line.ItemName, x.Line.Points, x.Line.Description, x.EvidenceNote,
                x.RequiresOfficeReview, x.Line.State, x.DecisionReason, x.Year, x.Line.Quarter))
            .OrderByDescending(d => d.Id).ToList();

        var summary = await summaries.ForMemberAsync(memberId, branch, withLines.Append(currentYear).ToList(), ct);
        var rows = await data.Db.Objections.AsNoTracking().Where(o => o.MemberId == memberId)
            .Join(data.Db.LedgerLines, o => o.LedgerLineId, l => l.Id, (o, l) => new { o, l.Description, l.Points, l.Year, l.Quarter })
            .ToListAsync(ct);
        var objections = rows
            .Select(x => new PortalObjectionViewModel(x.o.Id, x.o.SheetId, x.Year, x.Quarter, x.Description, x.Points, x.o.Reason,
                x.o.RaisedAt, x.o.State, x.o.Decision, x.o.DecidedBy, x.o.DecidedAt))
            .OrderByDescending(o => o.Id).ToList();
        return new PortalViewModel(model, summary, own, objections);
    }

    private async Task<(Member Member, Organisation Branch)?> FindAsync(int memberId, CancellationToken ct)
    {
        // ScopedData finds the member in scope; the branch scoring them may lie outside it (a mobile member seen from
        // their home branch), and its name and year belong on the page.
        using var _ = data.SeeEverything(ScopeBypass.ScoringBranch);
        var found = await data.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Join(data.Db.Organisations.AsNoTracking(), m => m.BranchId, o => o.Id, (m, o) => new { Member = m, Branch = o })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : (found.Member, found.Branch);
    }
}
