using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Infrastructure.Exports;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> b)
    {
        b.ToTable("ExportJobs");
        b.Property(j => j.Kind).HasMaxLength(ExportJob.KindMaxLength).IsRequired();
        b.Property(j => j.RequestedBy).HasMaxLength(ExportJob.UserMaxLength).IsRequired();
        b.Property(j => j.Culture).HasMaxLength(ExportJob.CultureMaxLength).IsRequired();
        b.Property(j => j.FileName).HasMaxLength(ExportJob.FileNameMaxLength);
        b.Property(j => j.State).HasConversion<int>();
        b.HasIndex(j => j.State);
    }
}
