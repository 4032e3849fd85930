using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Scoping;

/// <summary>
/// Organisations, members, ledger lines and schemes as the signed-in user's pages list them (SPEC 1: a branch user never
/// reads another branch; a member sees only themself). The context's global query filters already narrow every query
/// to the scope (<see cref="DataScope"/>); these sets narrow further where a page lists less than the user may read
/// (the subtree without the organisations above it, a member's own branch only).
/// </summary>
public sealed class ScopedData(PartyScoringDbContext db, DataScope scope)
{
    public UserScope? Scope => scope.User;

    /// <summary>Sees past the user's scope until disposed; only for the reasons <see cref="ScopeBypass"/> names.</summary>
    public IDisposable SeeEverything(ScopeBypass reason) => scope.SeeEverything(reason);

    public PartyScoringDbContext Db => db;

    public IQueryable<Organisation> Organisations
    {
        get
        {
            if (Scope is not { } s)
                return db.Organisations.Where(_ => false);
            if (s.IsMemberOnly)
                return db.Organisations.Where(o => o.Id == s.OrganisationId);
            return db.Organisations.Where(o => o.Path.StartsWith(s.OrganisationPath));
        }
    }

    /// <summary>Members scored in the scope, plus mobile members whose home (outflow) branch is in it.</summary>
    public IQueryable<Member> Members
    {
        get
        {
            if (Scope is not { } s)
                return db.Members.Where(_ => false);
            if (s.IsMemberOnly)
                return s.MemberId is { } own ? db.Members.Where(m => m.Id == own) : db.Members.Where(_ => false);
            var inScope = Organisations.Select(o => o.Id);
            return db.Members.Where(m => inScope.Contains(m.BranchId)
                                         || (m.OutflowBranchId != null && inScope.Contains(m.OutflowBranchId.Value)));
        }
    }

    public IQueryable<LedgerLine> LedgerLines
    {
        get
        {
            if (Scope is not { } s)
                return db.LedgerLines.Where(_ => false);
            if (s.IsMemberOnly)
                return s.MemberId is { } own ? db.LedgerLines.Where(l => l.MemberId == own) : db.LedgerLines.Where(_ => false);
            var members = Members.Select(m => m.Id);
            return db.LedgerLines.Where(l => members.Contains(l.MemberId));
        }
    }

    /// <summary>Schemes of townships in the scope or above it (a branch reads its township's scheme).</summary>
    public IQueryable<ScoringScheme> Schemes
    {
        get
        {
            if (Scope is not { } s)
                return db.Schemes.Where(_ => false);
            var ancestors = s.PathIds.ToList();
            var below = Organisations.Select(o => o.Id);
            return db.Schemes.Where(x => ancestors.Contains(x.TownshipId) || below.Contains(x.TownshipId));
        }
    }

    /// <summary>The branch the user works in, if their scope is one branch.</summary>
    public Task<Organisation?> OwnOrganisationAsync(CancellationToken ct = default) =>
        Scope is { } s ? db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == s.OrganisationId, ct) : Task.FromResult<Organisation?>(null);
}
