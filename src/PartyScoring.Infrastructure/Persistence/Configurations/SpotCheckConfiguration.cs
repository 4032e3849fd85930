using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> b)
    {
        b.ToTable("SpotChecks");
        b.Property(s => s.DrawnBy).HasMaxLength(RatingStep.ActorMaxLength).IsRequired();
        b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        // One draw per township and year: a second draw with another seed would defeat the point of a seed.
        b.HasIndex(s => new { s.TownshipId, s.Year }).IsUnique();
        b.OwnsMany(s => s.Entries, e =>
        {
            e.ToTable("SpotCheckEntries");
            e.WithOwner().HasForeignKey("SpotCheckId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Finding).HasMaxLength(SpotCheckEntry.FindingMaxLength);
            e.Property(x => x.CheckedBy).HasMaxLength(RatingStep.ActorMaxLength);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.BranchId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Navigation(s => s.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
