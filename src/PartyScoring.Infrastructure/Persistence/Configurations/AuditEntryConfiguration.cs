using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Infrastructure.Auditing;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Actor).HasMaxLength(AuditEntry.ActorMaxLength).IsRequired();
        b.Property(a => a.Entity).HasMaxLength(AuditEntry.EntityMaxLength).IsRequired();
        b.Property(a => a.EntityKey).HasMaxLength(AuditEntry.KeyMaxLength).IsRequired();
        b.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        b.Property(a => a.Fields).HasMaxLength(AuditEntry.FieldsMaxLength);
        b.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}
