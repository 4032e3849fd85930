using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class BranchAssignmentConfiguration : IEntityTypeConfiguration<BranchAssignment>
{
    public void Configure(EntityTypeBuilder<BranchAssignment> b)
    {
        b.ToTable("BranchAssignments");
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.BranchId).OnDelete(DeleteBehavior.Restrict);
    }
}
