using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Drops control characters (NUL and the other C0 codes except tab and line breaks) from posted fields and the query
/// string before model binding. Nobody types them; PostgreSQL refuses NUL in text, and XML (the Excel exports)
/// cannot hold any of them, so a pasted one would otherwise fail a save or an export later.
/// Runs after the request size and form limit filters (order 900), so uploads keep their limits.
/// </summary>
public sealed class ControlCharacterFilter : IAsyncResourceFilter, IOrderedFilter
{
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.Query.Any(p => HasControl(p.Value)))
            request.Query = new QueryCollection(request.Query.ToDictionary(p => p.Key, p => Clean(p.Value)));
        if (request.HasFormContentType && await ReadableFormAsync(request) is { } form)
        {
            if (form.Any(p => HasControl(p.Value)))
                context.HttpContext.Features.Get<IFormFeature>()!.Form =
                    new FormCollection(form.ToDictionary(p => p.Key, p => Clean(p.Value)), form.Files);
        }
        await next();
    }

    /// <summary>
    /// The posted form, or null when ASP.NET Core refuses to read it (it rejects a URL-encoded NUL outright); the
    /// antiforgery check has answered such a post with 400 already, and the status page it re-executes needs no form.
    /// </summary>
    private static async Task<IFormCollection?> ReadableFormAsync(HttpRequest request)
    {
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool HasControl(StringValues values) => values.Any(v => v is not null && v.Any(IsControl));

    private static StringValues Clean(StringValues values) =>
        HasControl(values) ? new StringValues(values.Select(v => v is null ? v : new string(v.Where(c => !IsControl(c)).ToArray())).ToArray()) : values;

    private static bool IsControl(char c) => c < ' ' && c is not ('\t' or '\r' or '\n');
}
