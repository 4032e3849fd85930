using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Scoring;

/// <summary>
/// Democratic-evaluation votes (民主测评) for one member. <see cref="Voters"/> is the number of people
/// who took part; blank ballots count as voters but not as 好/中/差.
/// </summary>
public sealed record EvaluationVotes(int Good, int Medium, int Poor, int Voters)
{
    public static EvaluationVotes Create(int good, int medium, int poor, int voters)
    {
        if (good < 0 || medium < 0 || poor < 0)
            throw new DomainException("votes.negative", "votes cannot be negative");
        if (voters <= 0)
            throw new DomainException("votes.voters", "at least one voter");
        if (good + medium + poor > voters)
            throw new DomainException("votes.exceed", "more votes than voters");
        return new EvaluationVotes(good, medium, poor, voters);
    }

    /// <summary>Seed 003: (好 × w1 + 中 × w2 + 差 × w3) ÷ 测评人数, to one decimal place.</summary>
    public decimal Score(decimal goodWeight, decimal mediumWeight, decimal poorWeight) =>
        Points.Round((Good * goodWeight + Medium * mediumWeight + Poor * poorWeight) / Voters);
}
