using System.Globalization;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Members;
using PartyScoring.Infrastructure.Imports;

namespace PartyScoring.Web.Imports;

/// <summary>
/// The template's headers and accepted values are always the Chinese resource texts (the file is filled in Chinese
/// whatever language the user reads the site in); error messages follow the user's language.
/// </summary>
public sealed class RosterWords(IStringLocalizer<SharedResource> t)
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    public RosterVocabulary Vocabulary()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return new RosterVocabulary(
                Enum.GetValues<RosterColumn>().Select(c => t["Import_Col_" + c].Value).ToList(),
                Enum.GetValues<Gender>().ToDictionary(g => t["Gender_" + g].Value),
                Enum.GetValues<MembershipStatus>().ToDictionary(s => t["Status_" + s].Value),
                Enum.GetValues<MemberCategory>().ToDictionary(c => t["Category_" + c].Value));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public string Column(RosterColumn? column) => column is { } c ? t["Import_Col_" + c] : "";

    public string Message(RosterError error) => t["Import_Error_" + error.Code, error.Argument ?? ""];
}
