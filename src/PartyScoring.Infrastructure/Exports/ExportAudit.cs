using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// An export of personal data is a disclosure, so it leaves an audit line like a change does (个人信息保护法): who, when,
/// whose record and which document. Ids and document names only, never the data itself.
/// </summary>
public sealed class ExportAudit(PartyScoringDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const string Action = "Export";

    public async Task RecordAsync(string entity, string key, string document, CancellationToken ct = default)
    {
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), actor.Name, entity, key, Action, document));
        await db.SaveChangesAsync(ct);
    }
}
