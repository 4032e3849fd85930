using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class SchemeItemConfiguration : IEntityTypeConfiguration<SchemeItem>
{
    public void Configure(EntityTypeBuilder<SchemeItem> b)
    {
        b.ToTable("SchemeItems");
        b.Property(i => i.Code).HasMaxLength(SchemeItem.CodeMaxLength).IsRequired();
        b.Property(i => i.Name).HasMaxLength(SchemeItem.NameMaxLength).IsRequired();
        b.Property(i => i.CategoryCode).HasMaxLength(BaseCategory.CodeMaxLength);
        b.Property(i => i.Kind).HasConversion<int>();
        b.Property(i => i.MinPoints).HasPrecision(9, 1);
        b.Property(i => i.MaxPoints).HasPrecision(9, 1);
        b.Property(i => i.AnnualCap).HasPrecision(9, 1);
        b.Ignore(i => i.IsFixed);
        b.Ignore(i => i.Sign);
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.SchemeId, i.BranchId, i.Code });
    }
}
