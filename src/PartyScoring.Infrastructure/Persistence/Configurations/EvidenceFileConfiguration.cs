using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Evidence;
using PartyScoring.Domain.Ledger;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("EvidenceFiles");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.FileName).HasMaxLength(EvidenceFile.FileNameMaxLength).IsRequired();
        b.Property(e => e.ContentType).HasMaxLength(EvidenceFile.ContentTypeMaxLength).IsRequired();
        b.Property(e => e.UploadedBy).HasMaxLength(LedgerLine.ActorMaxLength).IsRequired();
        b.Property(e => e.Kind).HasConversion<int>();
        b.HasOne<LedgerLine>().WithMany().HasForeignKey(e => e.LedgerLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.LedgerLineId);
    }
}
