namespace PartyScoring.Web.ViewModels;

/// <summary>The audit page's filters and page number, bound from the query string.</summary>
public sealed class AuditFilter
{
    public string? Entity { get; set; }
    public string? Action { get; set; }
    public string? User { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record AuditRowViewModel(long Id, DateTimeOffset At, string Actor, string Entity, string Key, string Action, string? Fields)
{
    /// <summary>The changed properties' names (the log keeps names, never values: they may be personal data).</summary>
    public IReadOnlyList<string> FieldNames => Fields is null ? [] : Fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record AuditLogViewModel(AuditFilter Filter, IReadOnlyList<string> Entities, IReadOnlyList<string> Actions,
    IReadOnlyList<AuditRowViewModel> Rows, bool HasNextPage);
