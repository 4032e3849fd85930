using PartyScoring.Domain.Members;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Members;

/// <summary>
/// Seed 002 三(二): 70周岁以上党员 … 可不纳入积分管理. SPEC 2: the system suggests age-based candidates,
/// it never exempts on its own.
/// </summary>
public class AgeBasedExemptionSuggestions
{
    private const int Year = 2025;

    [Fact]
    public void SuggestsAMemberWhoTurnsSeventyDuringTheYear()
    {
        // Born on the last day of 1955: 70 on 31 December 2025.
        var member = new MemberBuilder().BornOn(1955, 12, 31).Build();

        ExemptionAdvisor.SuggestAgeCandidates([member], Year).Should().ContainSingle().Which.Should().BeSameAs(member);
    }

    [Fact]
    public void DoesNotSuggestAMemberWhoTurnsSixtyNine()
    {
        var member = new MemberBuilder().BornOn(1956, 1, 1).Build();

        ExemptionAdvisor.SuggestAgeCandidates([member], Year).Should().BeEmpty();
    }

    [Fact]
    public void NeverExemptsBySuggesting()
    {
        var member = new MemberBuilder().BornOn(1940, 1, 1).Build();

        ExemptionAdvisor.SuggestAgeCandidates([member], Year);

        member.Exemptions.Should().BeEmpty();
        member.IsExemptIn(Year).Should().BeFalse();
    }

    [Fact]
    public void DoesNotSuggestActivists()
    {
        // Activists are not graded with members in the first place.
        var activist = new MemberBuilder().BornOn(1940, 1, 1).AsActivist().Build();

        ExemptionAdvisor.SuggestAgeCandidates([activist], Year).Should().BeEmpty();
    }

    [Fact]
    public void DoesNotSuggestAMemberWhoAlreadyAppliedThatYear()
    {
        var member = new MemberBuilder().BornOn(1940, 1, 1).Build();
        member.ApplyForExemption(Year, ExemptionReason.AgedSeventyOrMore, null, new DateOnly(Year, 1, 5));

        ExemptionAdvisor.SuggestAgeCandidates([member], Year).Should().BeEmpty();
    }

    [Fact]
    public void SuggestsAgainAfterARejectionOrInANewYear()
    {
        var rejected = new MemberBuilder().Named("Rejected").BornOn(1940, 1, 1).Build();
        rejected.ApplyForExemption(Year, ExemptionReason.AgedSeventyOrMore, null, new DateOnly(Year, 1, 5))
            .Reject("branch secretary", new DateOnly(Year, 1, 10), "wishes to keep taking part");
        var lastYear = new MemberBuilder().Named("LastYear").BornOn(1941, 1, 1).BuildWithFiledExemption(Year - 1);

        ExemptionAdvisor.SuggestAgeCandidates([rejected, lastYear], Year).Should().HaveCount(2);
    }

    [Fact]
    public void ListsTheOldestFirst()
    {
        var younger = new MemberBuilder().Named("Younger").BornOn(1954, 6, 1).Build();
        var older = new MemberBuilder().Named("Older").BornOn(1938, 2, 1).Build();

        ExemptionAdvisor.SuggestAgeCandidates([younger, older], Year).Select(m => m.Name).Should().Equal("Older", "Younger");
    }
}
