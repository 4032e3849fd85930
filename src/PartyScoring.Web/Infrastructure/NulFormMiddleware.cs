using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// ASP.NET Core refuses to read a URL-encoded form holding a NUL character (%00) at all, so the antiforgery check
/// fails and the user gets a bare error for something invisible they pasted. Such a form is read here with the NULs
/// dropped, as <see cref="ControlCharacterFilter"/> drops the other control characters, and the post goes on.
/// </summary>
public sealed class NulFormMiddleware(RequestDelegate next)
{
    /// <summary>Larger URL-encoded bodies are left to the framework's own limits.</summary>
    private const long MaxBody = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && request.ContentLength is > 0 and <= MaxBody)
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            request.Body.Position = 0;
            if (body.Contains("%00", StringComparison.Ordinal))
            {
                var form = await new FormReader(body.Replace("%00", "", StringComparison.Ordinal)).ReadFormAsync(context.RequestAborted);
                context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(form)));
            }
        }
        await next(context);
    }
}
