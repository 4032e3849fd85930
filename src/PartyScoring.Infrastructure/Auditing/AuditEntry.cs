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

    /// <summary>A line cut to the column lengths, so a long name or key never fails the save it records.</summary>
    public static AuditEntry Of(DateTimeOffset at, string actor, string entity, string key, string action, string? fields = null) => new()
    {
        At = at,
        Actor = Fit(actor, ActorMaxLength),
        Entity = Fit(entity, EntityMaxLength),
        EntityKey = Fit(key, KeyMaxLength),
        Action = Fit(action, ActionMaxLength),
        Fields = fields is null ? null : Fit(fields, FieldsMaxLength),
    };

    private static string Fit(string value, int max) => value.Length <= max ? value : value[..max];
}
