namespace PartyScoring.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainException(code, $"{code}: required");
        if (trimmed.Length > maxLength)
            throw new DomainException(code, $"{code}: longer than {maxLength}");
        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length > maxLength)
            throw new DomainException(code, $"{code}: longer than {maxLength}");
        return trimmed;
    }
}
