using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Evidence;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.StarRating;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>
/// Scope by construction (SPEC 1, issue 12): organisations, members, ledger lines, evidence, quarter sheets, year-end
/// registers and star ratings are filtered to the user's scope in every query, however it was written. EF Core reads the
/// properties below at each query (they become parameters), so one model serves every user.
/// </summary>
public partial class PartyScoringDbContext
{
    // No DataScope only where a tool or a test builds the context by hand (migrations, schema checks): there is no user.
    private readonly DataScope? _scope = scope;

    private bool ScopeOpen => _scope is null || _scope.Open;
    private bool ScopeMemberOnly => _scope?.MemberOnly ?? false;
    private string ScopePath => _scope?.Path ?? DataScope.NoPath;
    private int ScopeMemberId => _scope?.MemberId ?? -1;

    private void ApplyScopeFilters(ModelBuilder builder)
    {
        // The user's subtree, and the organisations above it (a branch reads its township's name and scheme).
        builder.Entity<Organisation>().HasQueryFilter(o =>
            ScopeOpen || o.Path.StartsWith(ScopePath) || (o.Path != "" && ScopePath.StartsWith(o.Path)));

        // Staff: members scored in the subtree and mobile members whose home (outflow) branch is in it. A member: themself.
        builder.Entity<Member>().HasQueryFilter(m =>
            ScopeOpen
            || (ScopeMemberOnly && m.Id == ScopeMemberId)
            || (!ScopeMemberOnly && Organisations.Any(o => (o.Id == m.BranchId || o.Id == m.OutflowBranchId) && o.Path.StartsWith(ScopePath))));

        builder.Entity<LedgerLine>().HasQueryFilter(l =>
            ScopeOpen
            || (ScopeMemberOnly && l.MemberId == ScopeMemberId)
            || (!ScopeMemberOnly && Members.Any(m => m.Id == l.MemberId)));

        builder.Entity<EvidenceFile>().HasQueryFilter(e =>
            ScopeOpen
            || (ScopeMemberOnly && e.MemberId == ScopeMemberId)
            || (!ScopeMemberOnly && Members.Any(m => m.Id == e.MemberId)));

        // A branch's papers: staff of the branch or above; a member reads their own branch's (notices are public to it).
        builder.Entity<QuarterSheet>().HasQueryFilter(s =>
            ScopeOpen || Organisations.Any(o => o.Id == s.BranchId && o.Path.StartsWith(ScopePath)));
        builder.Entity<YearEndRegister>().HasQueryFilter(r =>
            ScopeOpen || Organisations.Any(o => o.Id == r.BranchId && o.Path.StartsWith(ScopePath)));
        builder.Entity<BranchRating>().HasQueryFilter(r =>
            ScopeOpen || Organisations.Any(o => o.Id == r.BranchId && o.Path.StartsWith(ScopePath)));
    }
}
