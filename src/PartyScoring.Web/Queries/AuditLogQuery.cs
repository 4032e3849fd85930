using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>The audit log, newest first, filtered by entity, action, user and date, a page at a time; read-only.</summary>
public sealed class AuditLogQuery(ScopedData data)
{
    public const int PageSize = 50;
    private const int DateWindow = 5000;

    public async Task<AuditLogViewModel> RunAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var entries = data.Db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Entity))
            entries = entries.Where(e => e.Entity == filter.Entity);
        if (!string.IsNullOrWhiteSpace(filter.Action))
            entries = entries.Where(e => e.Action == filter.Action);
        if (!string.IsNullOrWhiteSpace(filter.User))
            entries = entries.Where(e => e.Actor == filter.User.Trim());
        // Dates are filtered after reading a window by id: SQLite cannot compare DateTimeOffset in SQL.
        var window = await entries.OrderByDescending(e => e.Id).Take(DateWindow).ToListAsync(ct);
        var from = filter.From?.ToDateTime(TimeOnly.MinValue);
        var to = filter.To?.ToDateTime(TimeOnly.MaxValue);
        var rows = window
            .Where(e => from is null || e.At.LocalDateTime >= from)
            .Where(e => to is null || e.At.LocalDateTime <= to)
            .Skip((Math.Max(1, filter.Page) - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(e => new AuditRowViewModel(e.Id, e.At, e.Actor, e.Entity, e.EntityKey, e.Action, e.Fields))
            .ToList();
        var entities = await data.Db.AuditEntries.Select(e => e.Entity).Distinct().ToListAsync(ct);
        var actions = await data.Db.AuditEntries.Select(e => e.Action).Distinct().ToListAsync(ct);
        return new AuditLogViewModel(filter, entities.Order().ToList(), actions.Order().ToList(), rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }
}
