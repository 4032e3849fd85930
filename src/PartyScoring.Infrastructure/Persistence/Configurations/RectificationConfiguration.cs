using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> b)
    {
        b.ToTable("Rectifications");
        b.Property(r => r.Measures).HasMaxLength(Rectification.TextMaxLength);
        b.Property(r => r.ResponsiblePerson).HasMaxLength(Rectification.PersonMaxLength);
        b.Property(r => r.ClosedBy).HasMaxLength(RatingStep.ActorMaxLength);
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.IsClosed);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.BranchId, r.Year }).IsUnique();
        b.OwnsMany(r => r.Progress, p =>
        {
            p.ToTable("RectificationProgress");
            p.WithOwner().HasForeignKey("RectificationId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Note).HasMaxLength(Rectification.TextMaxLength).IsRequired();
            p.Property(x => x.Actor).HasMaxLength(RatingStep.ActorMaxLength).IsRequired();
        });
        b.Navigation(r => r.Progress).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
