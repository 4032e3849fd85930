using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.DataProtection;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>Rules every save obeys, whatever code made the change.</summary>
internal static class ChangeRules
{
    /// <summary>
    /// SPEC 4: a confirmed or refused ledger line is never edited or deleted (a correction is a reversing line),
    /// and the audit log is never edited. Checked here so that no code path can get around it.
    /// </summary>
    public static void EnforceAppendOnly(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<LedgerLine>())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
                continue;
            var originalState = entry.Property(l => l.State).OriginalValue;
            if (originalState is LedgerLineState.Confirmed or LedgerLineState.Refused)
                throw new AppendOnlyViolationException($"Ledger line {entry.Entity.Id} is {originalState}; enter a reversing line instead.");
            if (entry.State == EntityState.Deleted && originalState == LedgerLineState.Pending)
                throw new AppendOnlyViolationException($"Ledger line {entry.Entity.Id} is pending a decision; refuse it instead.");
        }
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new AppendOnlyViolationException("The audit log cannot be changed.");
    }

    public static List<PendingAudit> CollectAudit(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (AuditEntry or DataProtectionKey))
            .Where(e => e.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true
                        || e.Entity is AppUser)
            .Select(e => new PendingAudit(e, e.State.ToString(),
                e.State == EntityState.Modified
                    ? string.Join(",", e.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                    : null))
            .ToList();
}

internal sealed record PendingAudit(EntityEntry Entry, string Action, string? Fields)
{
    public AuditEntry ToEntry(string actor, DateTimeOffset at)
    {
        var key = Entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Entry.Property(p.Name).CurrentValue?.ToString() ?? "?");
        return AuditEntry.Of(at, actor, Entry.Metadata.ClrType.Name, string.Join("/", key), Action, Fields);
    }
}

/// <summary>An attempt to change something the ledger rules say may only be appended to.</summary>
public sealed class AppendOnlyViolationException(string message) : InvalidOperationException(message);
