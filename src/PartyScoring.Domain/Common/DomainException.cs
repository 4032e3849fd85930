namespace PartyScoring.Domain.Common;

/// <summary>
/// A broken domain rule. <see cref="Code"/> is a stable key the web layer
/// turns into a localized message; the English text is for logs and tests only.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
