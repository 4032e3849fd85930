using PartyScoring.Domain.Members;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Members;

/// <summary>
/// SPEC 2: a member who left during a year keeps that year's result; seed 002 三(二): an exemption frees a member from grading
/// only once the township has filed it. Both as query conditions, tested here in memory (the database tests run them in SQL).
/// </summary>
public class MembershipInAYear
{
    [Fact]
    public void AMemberWhoLeftDuringTheYearStillCountsInIt()
    {
        var member = new MemberBuilder().Build();
        member.Leave(new DateOnly(2026, 6, 30));
        var counts = (int year) => new[] { member }.AsQueryable().Any(Member.CountsIn(year));

        counts(2026).Should().BeTrue();
        counts(2027).Should().BeFalse();
    }

    [Fact]
    public void AMemberWhoNeverLeftCountsEveryYear() =>
        new[] { new MemberBuilder().Build() }.AsQueryable().Any(Member.CountsIn(2040)).Should().BeTrue();

    [Fact]
    public void AnExemptionCountsOnlyInItsYearAndOnlyOnceFiled()
    {
        var filed = new MemberBuilder().BuildWithFiledExemption(2026);
        filed.IsExemptIn(2026).Should().BeTrue();
        filed.IsExemptIn(2027).Should().BeFalse();

        var applied = new MemberBuilder().Build();
        var exemption = applied.ApplyForExemption(2026, ExemptionReason.AgedSeventyOrMore, null, new DateOnly(2026, 1, 5));
        exemption.ApproveByBranch("branch secretary", new DateOnly(2026, 1, 10));
        applied.IsExemptIn(2026).Should().BeFalse("approved by the branch but not yet filed with the township");
        new[] { exemption }.AsQueryable().Any(Exemption.EffectiveIn(2026)).Should().BeFalse();
    }
}
