using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.DataProtection;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>
/// The one DbContext. Mappings live in one configuration class per entity (Configurations/), written
/// provider-neutrally; each provider has its own migrations assembly.
/// Every save is audited and ledger lines are append-only (see <see cref="ChangeRules"/>); every query is narrowed to the
/// user's scope by the global query filters in PartyScoringDbContext.Scope.cs.
/// </summary>
public partial class PartyScoringDbContext(DbContextOptions<PartyScoringDbContext> options, ICurrentActor? actor = null,
    Scoping.DataScope? scope = null)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<BranchAssignment> BranchAssignments => Set<BranchAssignment>();
    public DbSet<Exemption> Exemptions => Set<Exemption>();
    public DbSet<ScoringScheme> Schemes => Set<ScoringScheme>();
    public DbSet<SchemeItem> SchemeItems => Set<SchemeItem>();
    public DbSet<BaseCategory> BaseCategories => Set<BaseCategory>();
    public DbSet<GradeBand> GradeBands => Set<GradeBand>();
    public DbSet<LedgerLine> LedgerLines => Set<LedgerLine>();
    public DbSet<RatingStandard> RatingStandards => Set<RatingStandard>();
    public DbSet<BranchRating> BranchRatings => Set<BranchRating>();
    public DbSet<SpotCheck> SpotChecks => Set<SpotCheck>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Domain.Evidence.EvidenceFile> EvidenceFiles => Set<Domain.Evidence.EvidenceFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Exports.ExportJob> ExportJobs => Set<Exports.ExportJob>();
    public DbSet<QuarterSheet> QuarterSheets => Set<QuarterSheet>();
    public DbSet<SheetTransition> SheetTransitions => Set<SheetTransition>();
    public DbSet<Objection> Objections => Set<Objection>();
    public DbSet<Domain.YearEnd.YearEndRegister> YearEndRegisters => Set<Domain.YearEnd.YearEndRegister>();
    public DbSet<Domain.YearEnd.YearEndObjection> YearEndObjections => Set<Domain.YearEnd.YearEndObjection>();
    public DbSet<Domain.YearEnd.HalfYearTalk> HalfYearTalks => Set<Domain.YearEnd.HalfYearTalk>();
    public DbSet<Domain.YearEnd.UnqualifiedHandling> UnqualifiedHandlings => Set<Domain.YearEnd.UnqualifiedHandling>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartyScoringDbContext).Assembly);
        ApplyScopeFilters(builder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeRules.EnforceAppendOnly(ChangeTracker);
        var pending = ChangeRules.CollectAudit(ChangeTracker);
        if (pending.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // The change and its audit lines commit together: keys of new rows are only known after the first save.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var now = DateTimeOffset.UtcNow;
            AuditEntries.AddRange(pending.Select(p => p.ToEntry(actor?.Name ?? "system", now)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }
    }
}
