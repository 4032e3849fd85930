using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Members;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class ExemptionConfiguration : IEntityTypeConfiguration<Exemption>
{
    public void Configure(EntityTypeBuilder<Exemption> b)
    {
        b.ToTable("Exemptions");
        b.Property(e => e.Reason).HasConversion<int>();
        b.Property(e => e.State).HasConversion<int>();
        b.Property(e => e.Note).HasMaxLength(Exemption.NoteMaxLength);
        b.Property(e => e.BranchApprovedBy).HasMaxLength(Domain.Ledger.LedgerLine.ActorMaxLength);
        b.Property(e => e.FiledBy).HasMaxLength(Domain.Ledger.LedgerLine.ActorMaxLength);
        b.Ignore(e => e.IsEffective);
        b.HasIndex(e => new { e.MemberId, e.Year });
    }
}
