namespace PartyScoring.Web.ViewModels;

/// <summary>The audit page's filters, bound from the query string.</summary>
public sealed class AuditFilter
{
    public string? Entity { get; set; }
    public string? User { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed record AuditRowViewModel(long Id, DateTimeOffset At, string Actor, string Entity, string Key, string Action, string? Fields);

public sealed record AuditLogViewModel(AuditFilter Filter, IReadOnlyList<string> Entities, IReadOnlyList<AuditRowViewModel> Rows);
