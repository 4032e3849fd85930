using Microsoft.Extensions.Localization;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Issue 20 §7: a URL-encoded form over the framework's limits (more than 1,024 fields, a field over 4 MB, a body over
/// the server's limit) answered 404 after the antiforgery check failed to read it; it answers 413 with a Chinese
/// message. Multipart forms are left alone: their actions raise their own limits ([RequestSizeLimit]) later in MVC,
/// and reading them here would apply the defaults instead.
/// </summary>
public sealed class FormLimitsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(text["Form_TooLarge"], context.RequestAborted);
                return;
            }
        }
        await next(context);
    }
}
