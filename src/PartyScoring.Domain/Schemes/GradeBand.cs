using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Schemes;

/// <summary>
/// A grade with its inclusive lower bound. The lowest band has no bound and catches everything below,
/// including negative totals.
/// </summary>
public class GradeBand
{
    private GradeBand() { }

    internal GradeBand(Grade grade, decimal? minInclusive)
    {
        if (minInclusive is { } min && !Points.HasValidScale(min))
            throw new DomainException("scheme.band.min", "a band threshold has at most one decimal place");
        Grade = grade;
        MinInclusive = minInclusive;
    }

    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public Grade Grade { get; private set; }
    public decimal? MinInclusive { get; private set; }

    public bool Admits(decimal score) => MinInclusive is not { } min || score >= min;

    internal GradeBand Copy() => new(Grade, MinInclusive);
}
