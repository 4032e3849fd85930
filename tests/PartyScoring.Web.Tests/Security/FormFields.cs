using System.Globalization;
using AngleSharp.Html.Dom;

namespace PartyScoring.Web.Tests.Security;

/// <summary>How a user fills a field: types into it, types a secret, picks from given values, or not at all.</summary>
public enum FieldKind { Typed, Secret, Chosen, Hidden, Token }

/// <summary>One named field of a rendered form, with the value a browser would send as the page stands.</summary>
public sealed record FormField(string Name, string Value, FieldKind Kind, string? InputType = null, bool Figures = false)
{
    /// <summary>The value sent when the user fills the form in: what is there, or something sensible for an empty typed field.</summary>
    public string Filled => Kind == FieldKind.Typed && Value.Length == 0
        ? (Figures ? "number" : InputType) switch
        {
            "number" => "1",
            "date" => DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => "测试说明",
        }
        : Value;
}

public static class FormFields
{
    /// <summary>The fields a browser would send (first of each name; unchecked boxes, buttons and files left out).</summary>
    public static List<FormField> Of(IHtmlFormElement form)
    {
        var fields = new List<FormField>();
        void Add(string? name, string value, FieldKind kind, string? type = null, bool figures = false)
        {
            if (!string.IsNullOrEmpty(name) && fields.All(f => f.Name != name))
                fields.Add(new FormField(name, value, name == "__RequestVerificationToken" ? FieldKind.Token : kind, type, figures));
        }
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "file" or "image" or "reset" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    Add(box.Name, box.Value, FieldKind.Chosen);
                    break;
                case IHtmlInputElement { Type: "hidden" } hidden:
                    Add(hidden.Name, hidden.Value, FieldKind.Hidden);
                    break;
                case IHtmlInputElement { Type: "password" } secret:
                    Add(secret.Name, secret.Value, FieldKind.Secret);
                    break;
                case IHtmlInputElement input:
                    // a text box for figures (inputmode="decimal") is filled like a number box
                    Add(input.Name, input.Value, FieldKind.Typed, input.Type, input.GetAttribute("inputmode") is "decimal" or "numeric");
                    break;
                case IHtmlSelectElement select:
                    Add(select.Name, select.Value ?? "", FieldKind.Chosen);
                    break;
                case IHtmlTextAreaElement area:
                    Add(area.Name, area.Value, FieldKind.Typed, "textarea");
                    break;
                case IHtmlButtonElement button:
                    Add(button.Name, button.Value, FieldKind.Chosen);
                    break;
            }
        }
        return fields;
    }

    public static string Encoded(IEnumerable<(string Name, string Encoded)> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={f.Encoded}"));
}
