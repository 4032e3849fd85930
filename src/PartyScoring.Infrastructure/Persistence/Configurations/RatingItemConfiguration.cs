using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class RatingItemConfiguration : IEntityTypeConfiguration<RatingItem>
{
    public void Configure(EntityTypeBuilder<RatingItem> b)
    {
        b.ToTable("RatingItems");
        b.Property(i => i.Code).HasMaxLength(RatingItem.CodeMaxLength).IsRequired();
        b.Property(i => i.Name).HasMaxLength(RatingItem.NameMaxLength).IsRequired();
        b.Property(i => i.Kind).HasConversion<int>();
        b.Property(i => i.Area).HasConversion<int?>();
        b.Property(i => i.Points).HasPrecision(9, 1);
        b.HasIndex(i => new { i.StandardId, i.Code }).IsUnique();
    }
}
