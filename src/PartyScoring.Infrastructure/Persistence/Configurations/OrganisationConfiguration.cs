using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("Organisations");
        b.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        b.Property(o => o.Path).HasMaxLength(Organisation.PathMaxLength).IsRequired();
        b.Property(o => o.Kind).HasConversion<int>();
        b.Property(o => o.Field).HasConversion<int?>();
        b.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        // Scoped queries filter on a path prefix.
        b.HasIndex(o => o.Path);
    }
}
