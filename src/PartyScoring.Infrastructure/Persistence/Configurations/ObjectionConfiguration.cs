using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Quarters;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> b)
    {
        b.ToTable("Objections");
        b.Property(o => o.State).HasConversion<int>();
        b.Property(o => o.Reason).HasMaxLength(Objection.TextMaxLength).IsRequired();
        b.Property(o => o.Decision).HasMaxLength(Objection.TextMaxLength);
        b.Property(o => o.RaisedBy).HasMaxLength(Objection.ActorMaxLength).IsRequired();
        b.Property(o => o.DecidedBy).HasMaxLength(Objection.ActorMaxLength);
        b.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(o => o.IsOpen);
        b.HasOne<QuarterSheet>().WithMany().HasForeignKey(o => o.SheetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LedgerLine>().WithMany().HasForeignKey(o => o.LedgerLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.SheetId, o.State });
        b.HasIndex(o => o.LedgerLineId);
    }
}
