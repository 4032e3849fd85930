using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Issue 20 §7, for every response past the static files (so every page and every download, which all carry personal
/// data): <c>Cache-Control: no-store</c> unless the action chose otherwise, so no proxy or shared computer keeps a copy;
/// and the file name of a download stripped of control and format characters (U+202E "right-to-left override" made
/// "…cod.exe" read "…exe.doc"), and of characters Windows refuses in a file name.
/// </summary>
public sealed class DownloadHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.CacheControl))
                headers.CacheControl = "no-store";
            if (headers.ContentDisposition is { Count: > 0 } disposition
                && ContentDispositionHeaderValue.TryParse(disposition.ToString(), out var parsed))
            {
                var name = parsed.FileNameStar.HasValue ? parsed.FileNameStar.Value : HeaderUtilities.RemoveQuotes(parsed.FileName).Value;
                if (name is not null)
                {
                    parsed.SetHttpFileName(Clean(name));
                    headers.ContentDisposition = parsed.ToString();
                }
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The name without control or format characters (bidi marks, zero-width) or \ / : * ? " &lt; &gt; |.</summary>
    public static string Clean(string name)
    {
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
                continue;
            kept.Append(c);
        }
        var clean = kept.ToString().Trim().TrimStart('.');
        return clean.Length == 0 ? "download" : clean;
    }
}
