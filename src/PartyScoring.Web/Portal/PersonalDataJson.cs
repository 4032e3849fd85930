using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyScoring.Web.Portal;

/// <summary>
/// The same record as a machine-readable file (a member may take their data elsewhere): camelCase names, enums by
/// name, Chinese text unescaped so the file is readable as it is.
/// </summary>
public static class PersonalDataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The file is downloaded as an attachment, never embedded in a page, so relaxed escaping is safe here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Write(PersonalDataRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Options);
}
