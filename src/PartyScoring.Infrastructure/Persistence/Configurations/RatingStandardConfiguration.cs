using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class RatingStandardConfiguration : IEntityTypeConfiguration<RatingStandard>
{
    public void Configure(EntityTypeBuilder<RatingStandard> b)
    {
        b.ToTable("RatingStandards");
        b.Property(s => s.Name).HasMaxLength(RatingStandard.NameMaxLength).IsRequired();
        b.Property(s => s.BaseWeight).HasPrecision(5, 4);
        b.Property(s => s.FiveStarQuota).HasPrecision(5, 4);
        b.Property(s => s.QuotaApprovedBy).HasMaxLength(RatingStandard.ApprovalTextMaxLength);
        b.Property(s => s.QuotaApprovalDocument).HasMaxLength(RatingStandard.ApprovalTextMaxLength);
        b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(s => s.ReviewWeight);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.StandardId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(s => new { s.TownshipId, s.Year }).IsUnique();
    }
}
