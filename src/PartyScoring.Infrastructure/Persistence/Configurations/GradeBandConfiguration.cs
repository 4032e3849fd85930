using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class GradeBandConfiguration : IEntityTypeConfiguration<GradeBand>
{
    public void Configure(EntityTypeBuilder<GradeBand> b)
    {
        b.ToTable("GradeBands");
        b.Property(g => g.Grade).HasConversion<int>();
        b.Property(g => g.MinInclusive).HasPrecision(9, 1);
    }
}
