using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Common;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Turns a domain rule's error code into a localized message next to the field that broke it.
/// Resource keys are "Domain_" + the code with dots as underscores (ledger.points.range → Domain_ledger_points_range).
/// </summary>
public static class DomainErrors
{
    public static string Message(IStringLocalizer text, string code)
    {
        var message = text["Domain_" + code.Replace('.', '_')];
        return message.ResourceNotFound ? text["Domain_Unknown"] : message;
    }

    public static void AddDomainError(this ModelStateDictionary modelState, string field, DomainException error, IStringLocalizer text) =>
        modelState.AddModelError(field, Message(text, error.Code));
}
