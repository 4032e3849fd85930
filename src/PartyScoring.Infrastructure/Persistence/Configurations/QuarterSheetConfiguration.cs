using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class QuarterSheetConfiguration : IEntityTypeConfiguration<QuarterSheet>
{
    public void Configure(EntityTypeBuilder<QuarterSheet> b)
    {
        b.ToTable("QuarterSheets");
        b.Property(s => s.State).HasConversion<int>();
        b.Property(s => s.ReviewedBy).HasMaxLength(SheetTransition.ActorMaxLength);
        b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(s => s.IsFinal);
        b.Ignore(s => s.IsEditable);
        b.Ignore(s => s.QuarterEnd);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Transitions).WithOne().HasForeignKey(t => t.SheetId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One sheet per branch and quarter, even if two clerks open it at the same moment.
        b.HasIndex(s => new { s.BranchId, s.Year, s.Quarter }).IsUnique();
    }
}

public sealed class SheetTransitionConfiguration : IEntityTypeConfiguration<SheetTransition>
{
    public void Configure(EntityTypeBuilder<SheetTransition> b)
    {
        b.ToTable("SheetTransitions");
        b.Property(t => t.Action).HasConversion<int>();
        b.Property(t => t.From).HasConversion<int>();
        b.Property(t => t.To).HasConversion<int>();
        b.Property(t => t.By).HasMaxLength(SheetTransition.ActorMaxLength).IsRequired();
        b.Property(t => t.Comment).HasMaxLength(SheetTransition.CommentMaxLength);
    }
}
