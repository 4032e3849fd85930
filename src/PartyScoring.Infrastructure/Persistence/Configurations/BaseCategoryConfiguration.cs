using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class BaseCategoryConfiguration : IEntityTypeConfiguration<BaseCategory>
{
    public void Configure(EntityTypeBuilder<BaseCategory> b)
    {
        b.ToTable("BaseCategories");
        b.Property(c => c.Code).HasMaxLength(BaseCategory.CodeMaxLength).IsRequired();
        b.Property(c => c.Name).HasMaxLength(BaseCategory.NameMaxLength).IsRequired();
        b.Property(c => c.MaxPoints).HasPrecision(9, 1);
        b.HasIndex(c => new { c.SchemeId, c.Code }).IsUnique();
    }
}
