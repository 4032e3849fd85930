namespace PartyScoring.Infrastructure.Auditing;

/// <summary>
/// One line of the audit log: who changed which record how. Written in the same transaction as the change;
/// never updated or deleted through the application. Holds ids and field names only, no personal data.
/// </summary>
public class AuditEntry
{
    public const int ActorMaxLength = 100;
    public const int EntityMaxLength = 60;
    public const int KeyMaxLength = 40;
    public const int ActionMaxLength = 20;
    public const int FieldsMaxLength = 1000;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = string.Empty;
    public string Entity { get; set; } = string.Empty;
    public string EntityKey { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    /// <summary>Names of the changed properties (not their values, which may be personal data).</summary>
    public string? Fields { get; set; }
}
