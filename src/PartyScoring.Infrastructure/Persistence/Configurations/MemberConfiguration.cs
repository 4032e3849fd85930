using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("Members");
        b.Property(m => m.Name).HasMaxLength(Member.NameMaxLength).IsRequired();
        b.Property(m => m.Phone).HasMaxLength(Member.PhoneMaxLength);
        b.Property(m => m.Gender).HasConversion<int>();
        b.Property(m => m.Status).HasConversion<int>();
        b.Property(m => m.Category).HasConversion<int>();
        b.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(m => m.IsMobile);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OutflowBranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.PartyGroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.BranchHistory).WithOne().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Exemptions).WithOne().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.BranchHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(m => m.Exemptions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(m => new { m.BranchId, m.Name });
    }
}
