using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Infrastructure.Persistence.Configurations;

public sealed class YearEndRegisterConfiguration : IEntityTypeConfiguration<YearEndRegister>
{
    public void Configure(EntityTypeBuilder<YearEndRegister> b)
    {
        b.ToTable("YearEndRegisters");
        b.Property(r => r.State).HasConversion<int>();
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.IsFrozen);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.RegisterId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RegisterId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Votes).WithOne().HasForeignKey(v => v.RegisterId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One register per branch and year.
        b.HasIndex(r => new { r.BranchId, r.Year }).IsUnique();
    }
}

public sealed class YearEndTransitionConfiguration : IEntityTypeConfiguration<YearEndTransition>
{
    public void Configure(EntityTypeBuilder<YearEndTransition> b)
    {
        b.ToTable("YearEndTransitions");
        b.Property(t => t.Action).HasConversion<int>();
        b.Property(t => t.From).HasConversion<int>();
        b.Property(t => t.To).HasConversion<int>();
        b.Property(t => t.By).HasMaxLength(YearEndTransition.ActorMaxLength).IsRequired();
        b.Property(t => t.Comment).HasMaxLength(YearEndTransition.CommentMaxLength);
    }
}

public sealed class YearEndEntryConfiguration : IEntityTypeConfiguration<YearEndEntry>
{
    public void Configure(EntityTypeBuilder<YearEndEntry> b)
    {
        b.ToTable("YearEndEntries");
        b.Property(e => e.Section).HasConversion<int>();
        b.Property(e => e.Grade).HasConversion<int?>();
        b.Property(e => e.Name).HasMaxLength(YearEndEntry.NameMaxLength).IsRequired();
        b.Property(e => e.Base).HasPrecision(9, 1);
        b.Property(e => e.Duty).HasPrecision(9, 1);
        b.Property(e => e.Bonus).HasPrecision(9, 1);
        b.Property(e => e.Deductions).HasPrecision(9, 1);
        b.Property(e => e.EvaluationScore).HasPrecision(9, 1);
        b.Property(e => e.Total).HasPrecision(9, 1);
        b.Property(e => e.GradeScore).HasPrecision(9, 1);
        b.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.RegisterId, e.MemberId }).IsUnique();
        b.HasIndex(e => e.MemberId);
    }
}

public sealed class YearEndVoteConfiguration : IEntityTypeConfiguration<YearEndVote>
{
    public void Configure(EntityTypeBuilder<YearEndVote> b)
    {
        b.ToTable("YearEndVotes");
        b.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.RegisterId, v.MemberId }).IsUnique();
    }
}

public sealed class YearEndObjectionConfiguration : IEntityTypeConfiguration<YearEndObjection>
{
    public void Configure(EntityTypeBuilder<YearEndObjection> b)
    {
        b.ToTable("YearEndObjections");
        b.Property(o => o.State).HasConversion<int>();
        b.Property(o => o.Reason).HasMaxLength(YearEndObjection.TextMaxLength).IsRequired();
        b.Property(o => o.Decision).HasMaxLength(YearEndObjection.TextMaxLength);
        b.Property(o => o.RaisedBy).HasMaxLength(YearEndTransition.ActorMaxLength).IsRequired();
        b.Property(o => o.DecidedBy).HasMaxLength(YearEndTransition.ActorMaxLength);
        b.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(o => o.IsOpen);
        b.HasOne<YearEndRegister>().WithMany().HasForeignKey(o => o.RegisterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.RegisterId, o.State });
    }
}

public sealed class HalfYearTalkConfiguration : IEntityTypeConfiguration<HalfYearTalk>
{
    public void Configure(EntityTypeBuilder<HalfYearTalk> b)
    {
        b.ToTable("HalfYearTalks");
        b.Property(t => t.TalkedBy).HasMaxLength(HalfYearTalk.ActorMaxLength).IsRequired();
        b.Property(t => t.Summary).HasMaxLength(HalfYearTalk.TextMaxLength).IsRequired();
        b.Property(t => t.FollowUp).HasMaxLength(HalfYearTalk.TextMaxLength);
        b.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.BranchId, t.Year });
    }
}

public sealed class UnqualifiedHandlingConfiguration : IEntityTypeConfiguration<UnqualifiedHandling>
{
    public void Configure(EntityTypeBuilder<UnqualifiedHandling> b)
    {
        b.ToTable("UnqualifiedHandlings");
        b.Property(h => h.Conclusion).HasMaxLength(UnqualifiedHandling.TextMaxLength);
        b.Property(h => h.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(h => h.IsClosed);
        b.Ignore(h => h.OpenDeadline);
        b.HasOne<Member>().WithMany().HasForeignKey(h => h.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(h => h.BranchId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(h => h.Steps).WithOne().HasForeignKey(s => s.HandlingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(h => h.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(h => new { h.MemberId, h.Year }).IsUnique();
    }
}

public sealed class HandlingStepConfiguration : IEntityTypeConfiguration<HandlingStep>
{
    public void Configure(EntityTypeBuilder<HandlingStep> b)
    {
        b.ToTable("HandlingSteps");
        b.Property(s => s.Kind).HasConversion<int>();
        b.Property(s => s.Text).HasMaxLength(UnqualifiedHandling.TextMaxLength).IsRequired();
        b.Property(s => s.RecordedBy).HasMaxLength(100).IsRequired();
    }
}
