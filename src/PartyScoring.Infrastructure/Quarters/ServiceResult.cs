namespace PartyScoring.Infrastructure.Quarters;

public enum ResultKind
{
    Ok = 1,
    /// <summary>Out of scope or unknown: the web layer answers 404.</summary>
    NotFound = 2,
    /// <summary>The user's role may not do this: 403.</summary>
    Forbidden = 3,
    /// <summary>Someone else saved first (stale ConcurrencyStamp).</summary>
    Conflict = 4,
    /// <summary>A broken rule; <see cref="ServiceResult.Errors"/> has the codes, by field.</summary>
    Invalid = 5,
}

/// <summary>What a sheet operation did. On anything but Ok nothing was written.</summary>
public sealed record ServiceResult(ResultKind Kind, IReadOnlyDictionary<string, string> Errors)
{
    private static readonly Dictionary<string, string> None = [];

    public static ServiceResult Ok { get; } = new(ResultKind.Ok, None);
    public static ServiceResult NotFound { get; } = new(ResultKind.NotFound, None);
    public static ServiceResult Forbidden { get; } = new(ResultKind.Forbidden, None);
    public static ServiceResult Conflict { get; } = new(ResultKind.Conflict, None);

    public static ServiceResult Invalid(string field, string code) => new(ResultKind.Invalid, new Dictionary<string, string> { [field] = code });
    public static ServiceResult Invalid(IReadOnlyDictionary<string, string> errors) => new(ResultKind.Invalid, errors);
}
