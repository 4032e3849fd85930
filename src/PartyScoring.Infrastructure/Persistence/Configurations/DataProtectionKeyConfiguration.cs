using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Infrastructure.DataProtection;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(k => k.FriendlyName).HasMaxLength(DataProtectionKey.FriendlyNameMaxLength).IsRequired();
        b.Property(k => k.Xml).IsRequired();
    }
}
