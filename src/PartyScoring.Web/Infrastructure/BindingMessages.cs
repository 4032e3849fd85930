using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// The model binder's own messages ("The value 'abc' is not valid…") from the resx files, so a value that does not
/// even bind (text in a number or date field) is answered in the user's language like every other mistake.
/// The localizer reads the request's culture each time a message is made.
/// </summary>
public sealed class BindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(_ => text["Binding_Missing"]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding_Missing"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding_Missing"]);
        messages.SetValueMustNotBeNullAccessor(_ => text["Binding_Missing"]);
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["Binding_Invalid"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Binding_Invalid"]);
        messages.SetValueIsInvalidAccessor(_ => text["Binding_Invalid"]);
        messages.SetUnknownValueIsInvalidAccessor(_ => text["Binding_Unknown"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding_Unknown"]);
        messages.SetValueMustBeANumberAccessor(_ => text["Binding_Number"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding_Number"]);
    }
}
