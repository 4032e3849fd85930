using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class LedgerLineConfiguration : IEntityTypeConfiguration<LedgerLine>
{
    public void Configure(EntityTypeBuilder<LedgerLine> b)
    {
        b.ToTable("LedgerLines");
        // Stored as whole tenths of a point: points have one decimal place, and an integer column lets every
        // provider SUM exactly in SQL (SQLite has no decimal type and would otherwise sum through a slow UDF).
        b.Property(l => l.Points).HasConversion(PointsConversion.ToTenths);
        b.Property(l => l.Kind).HasConversion<int>();
        b.Property(l => l.Source).HasConversion<int>();
        b.Property(l => l.State).HasConversion<int>();
        b.Property(l => l.Description).HasMaxLength(LedgerLine.DescriptionMaxLength).IsRequired();
        b.Property(l => l.EvidenceNote).HasMaxLength(LedgerLine.DescriptionMaxLength);
        b.Property(l => l.DecisionReason).HasMaxLength(LedgerLine.DescriptionMaxLength);
        b.Property(l => l.ReviewComment).HasMaxLength(LedgerLine.DescriptionMaxLength);
        b.Property(l => l.EnteredBy).HasMaxLength(LedgerLine.ActorMaxLength).IsRequired();
        b.Property(l => l.DecidedBy).HasMaxLength(LedgerLine.ActorMaxLength);
        b.Ignore(l => l.Counts);
        b.Ignore(l => l.Amount);
        b.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchemeItem>().WithMany().HasForeignKey(l => l.SchemeItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LedgerLine>().WithMany().HasForeignKey(l => l.ReversesLineId).OnDelete(DeleteBehavior.Restrict);
        // The two ways lines are read: a branch's quarter, and one member's year.
        b.HasIndex(l => new { l.BranchId, l.Year, l.Quarter });
        b.HasIndex(l => new { l.MemberId, l.Year });
        // The year end of a township or county: per member and item totals of one year's counted lines. Every column
        // those sums read is in the index, so the database answers from the index alone, member by member in order,
        // instead of reading the wide rows (quarter for the dashboard's trend, kind for sums by component).
        b.HasIndex(l => new { l.Year, l.State, l.MemberId, l.SchemeItemId, l.Quarter, l.Kind, l.Points, l.ReversesLineId })
            .HasDatabaseName("IX_LedgerLines_YearTotals");
        // A line is reversed at most once, even if two people correct it at the same moment.
        b.HasIndex(l => l.ReversesLineId).IsUnique();
    }
}
