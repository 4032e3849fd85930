using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartyScoring.Web.Infrastructure;

/// <summary>/healthz answers with each check's status, so an operator sees which part is down.</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
