using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class ScoringSchemeConfiguration : IEntityTypeConfiguration<ScoringScheme>
{
    public void Configure(EntityTypeBuilder<ScoringScheme> b)
    {
        b.ToTable("Schemes");
        b.Property(s => s.Name).HasMaxLength(ScoringScheme.NameMaxLength).IsRequired();
        b.Property(s => s.PresetKey).HasMaxLength(ScoringScheme.PresetMaxLength);
        b.Property(s => s.ChangeReason).HasMaxLength(ScoringScheme.ReasonMaxLength);
        b.Property(s => s.State).HasConversion<int>();
        b.Property(s => s.BaseMode).HasConversion<int>();
        b.Property(s => s.EvaluationMode).HasConversion<int>();
        b.Property(s => s.QuotaTieRule).HasConversion<int>();
        b.Property(s => s.BasePoints).HasPrecision(9, 1);
        b.Property(s => s.DutyCap).HasPrecision(9, 1);
        b.Property(s => s.BonusAnnualCap).HasPrecision(9, 1);
        b.Property(s => s.TalkThreshold).HasPrecision(9, 1);
        b.Property(s => s.GoodVoteWeight).HasPrecision(9, 2);
        b.Property(s => s.MediumVoteWeight).HasPrecision(9, 2);
        b.Property(s => s.PoorVoteWeight).HasPrecision(9, 2);
        b.Property(s => s.EvaluationShare).HasPrecision(5, 4);
        b.Property(s => s.ExcellentQuota).HasPrecision(5, 4);
        b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        b.ComplexProperty(s => s.YearEndDeadline, d =>
        {
            d.Property(x => x.Month).HasColumnName("YearEndMonth");
            d.Property(x => x.Day).HasColumnName("YearEndDay");
            d.Property(x => x.InNextYear).HasColumnName("YearEndInNextYear");
        });
        b.Ignore(s => s.Rules);
        b.Ignore(s => s.IsEditable);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ScoringScheme>().WithMany().HasForeignKey(s => s.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Categories).WithOne().HasForeignKey(c => c.SchemeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SchemeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Bands).WithOne().HasForeignKey(g => g.SchemeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(s => s.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(s => s.Bands).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(s => new { s.TownshipId, s.Year, s.Version }).IsUnique();
    }
}
