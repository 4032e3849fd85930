using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Administration;

namespace PartyScoring.Web.Infrastructure;

/// <summary>Messages for the administration forms: a value that did not bind, or a command's refusal, in the user's language.</summary>
public static class AdminForms
{
    /// <summary>The first field whose value did not even bind (text in a number, an unknown choice), with the binder's localized message.</summary>
    public static (string Field, string Message)? BindingProblem(ModelStateDictionary state)
    {
        if (state.IsValid)
            return null;
        var (key, entry) = state.First(e => e.Value?.Errors.Count > 0);
        return (key, entry!.Errors[0].ErrorMessage);
    }

    public static string Message(IStringLocalizer text, AdminOutcome outcome)
    {
        var message = text[outcome.Key ?? "Domain_Unknown", outcome.Args ?? []];
        return message.ResourceNotFound ? text["Domain_Unknown"] : message;
    }
}
