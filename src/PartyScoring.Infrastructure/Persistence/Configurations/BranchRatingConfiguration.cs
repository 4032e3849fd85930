using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

/// <summary>A branch rating with its scores and steps as owned rows (they have no life outside the rating).</summary>
public sealed class BranchRatingConfiguration : IEntityTypeConfiguration<BranchRating>
{
    public void Configure(EntityTypeBuilder<BranchRating> b)
    {
        b.ToTable("BranchRatings");
        b.Property(r => r.Stage).HasConversion<int>();
        b.Property(r => r.Cap).HasConversion<int>();
        b.Property(r => r.ReviewScore).HasPrecision(9, 1);
        b.Property(r => r.BaseScore).HasPrecision(9, 1);
        b.Property(r => r.Bonus).HasPrecision(9, 1);
        b.Property(r => r.Deductions).HasPrecision(9, 1);
        b.Property(r => r.Total).HasPrecision(9, 1);
        b.Property(r => r.CountyReason).HasMaxLength(BranchRating.ReasonMaxLength);
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.IsEvaluated);
        b.HasOne<RatingStandard>().WithMany().HasForeignKey(r => r.StandardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.BranchId, r.Year }).IsUnique();
        b.HasIndex(r => new { r.TownshipId, r.Year });
        b.OwnsMany(r => r.Scores, s =>
        {
            s.ToTable("RatingScores");
            s.WithOwner().HasForeignKey("RatingId");
            s.Property<int>("Id");
            s.HasKey("Id");
            s.Property(x => x.SelfPoints).HasPrecision(9, 1);
            s.Property(x => x.Points).HasPrecision(9, 1);
            s.Property(x => x.SelfNote).HasMaxLength(RatingScore.NoteMaxLength);
            s.Property(x => x.Evidence).HasMaxLength(RatingScore.NoteMaxLength);
            s.Property(x => x.ChangeReason).HasMaxLength(RatingScore.NoteMaxLength);
            s.HasOne<RatingItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });
        b.OwnsMany(r => r.Steps, s =>
        {
            s.ToTable("RatingSteps");
            s.WithOwner().HasForeignKey("RatingId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Stage).HasConversion<int>();
            s.Property(x => x.Actor).HasMaxLength(RatingStep.ActorMaxLength).IsRequired();
            s.Property(x => x.Note).HasMaxLength(RatingStep.NoteMaxLength);
        });
        b.Navigation(r => r.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
