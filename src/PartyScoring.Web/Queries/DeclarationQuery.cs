using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>Declarations read through the user's scope: a member's own, or a branch quarter's pending ones.</summary>
public sealed class DeclarationQuery(ScopedData data, DeclarationService declarations)
{
    public async Task<DeclarationsPageViewModel> PageAsync(CancellationToken ct = default)
    {
        var items = (await declarations.ItemsAsync(ct))
            .Select(i => new DeclarationItemViewModel(i.Id, $"{i.Code} {i.Name} ({i.MinPoints:0.#}–{i.MaxPoints:0.#})")).ToList();
        var mine = data.Scope?.MemberId is { } id
            ? await ListAsync(data.LedgerLines.Where(l => l.MemberId == id && l.Source == LedgerSource.MemberDeclaration), ct)
            : [];
        return new DeclarationsPageViewModel(items, mine);
    }

    public Task<List<DeclarationViewModel>> PendingAsync(int branchId, int year, int quarter, CancellationToken ct = default) =>
        ListAsync(data.LedgerLines.Where(l => l.BranchId == branchId && l.Year == year && l.Quarter == quarter
                                              && l.Source == LedgerSource.MemberDeclaration && l.State == LedgerLineState.Pending), ct);

    private async Task<List<DeclarationViewModel>> ListAsync(IQueryable<LedgerLine> lines, CancellationToken ct)
    {
        var rows = await lines.AsNoTracking()
            .Join(data.Db.SchemeItems, l => l.SchemeItemId, i => i.Id, (l, i) => new { l, i.Name, i.RequiresOfficeReview })
            .Join(data.Db.Members, x => x.l.MemberId, m => m.Id, (x, m) => new DeclarationViewModel(x.l.Id, m.Name, x.Name, x.l.Points,
                x.l.Description, x.l.EvidenceNote, x.RequiresOfficeReview, x.l.State, x.l.DecisionReason, x.l.Year, x.l.Quarter))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Id).ToList();
    }
}
