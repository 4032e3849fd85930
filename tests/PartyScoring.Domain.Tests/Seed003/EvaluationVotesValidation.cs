using PartyScoring.Domain.Common;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Domain.Tests.Seed003;

/// <summary>Seed 003 二(二)③: the vote count is divided by 测评人数, so the counts must make sense.</summary>
public class EvaluationVotesValidation
{
    [Fact]
    public void RejectsMoreVotesThanVoters()
    {
        var act = () => EvaluationVotes.Create(12, 3, 2, 16);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("votes.exceed");
    }

    [Fact]
    public void RejectsZeroVoters()
    {
        // Dividing by 测评人数 needs at least one.
        var act = () => EvaluationVotes.Create(0, 0, 0, 0);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("votes.voters");
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -1)]
    public void RejectsANegativeCount(int good, int medium, int poor)
    {
        var act = () => EvaluationVotes.Create(good, medium, poor, 16);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("votes.negative");
    }

    [Fact]
    public void AcceptsEveryVoterVoting()
    {
        EvaluationVotes.Create(12, 3, 1, 16).Should().Be(new EvaluationVotes(12, 3, 1, 16));
    }
}
