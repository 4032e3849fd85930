using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>
/// Seed 000 "排名靠前" with the preset's 30 % quota: 10 graded members give 3 places. One member at 96 and four
/// tied at 92 straddle the boundary; SPEC 3 wants the tie resolved by the scheme's stated rule, never silently.
/// </summary>
public class QuotaTieAtTheBoundary
{
    private static readonly string[] Tied = ["T1", "T2", "T3", "T4"];

    private static BranchYearResult Compute(QuotaTieRule rule)
    {
        var branch = new BranchYearBuilder(TestSchemes.Township000(r => r with { QuotaTieRule = rule }))
            .MemberScoring("Top", 96);
        foreach (var name in Tied)
            branch.MemberScoring(name, 92);
        return branch.MembersScoring(5, 85).Compute();
    }

    [Fact]
    public void ExcludeAllTiedGivesExcellentOnlyToThoseStrictlyAbove()
    {
        var result = Compute(QuotaTieRule.ExcludeAllTied);

        result.ExcellentQuotaPlaces.Should().Be(3);
        result.Of("Top").Grade.Should().Be(Grade.Excellent);
        Tied.Select(n => result.Of(n).Grade).Should().OnlyContain(g => g == Grade.Qualified);
    }

    [Fact]
    public void ExcludeAllTiedSaysSoOnEveryTiedResult()
    {
        var result = Compute(QuotaTieRule.ExcludeAllTied);

        Tied.Should().OnlyContain(n => result.Of(n).NoteKinds().Contains(ComputationNoteKind.QuotaTieExcluded)
                                       && result.Of(n).NoteKinds().Contains(ComputationNoteKind.ExcellentWithheldByQuota));
        result.Of("Top").Notes.Should().BeEmpty();
    }

    [Fact]
    public void IncludeAllTiedGivesExcellentToEveryTiedMemberBeyondTheQuota()
    {
        // Five 优秀 for three places: the rule prefers not to split equals.
        var result = Compute(QuotaTieRule.IncludeAllTied);

        result.Graded.Count(r => r.Grade == Grade.Excellent).Should().Be(5);
        Tied.Select(n => result.Of(n).Grade).Should().OnlyContain(g => g == Grade.Excellent);
    }

    [Fact]
    public void IncludeAllTiedSaysSoOnEveryTiedResult()
    {
        var result = Compute(QuotaTieRule.IncludeAllTied);

        Tied.Should().OnlyContain(n => result.Of(n).NoteKinds().Single() == ComputationNoteKind.QuotaTieIncluded);
        result.Of("Top").Notes.Should().BeEmpty();
    }

    [Fact]
    public void LeavesTiesInsideTheQuotaWithoutANote()
    {
        // 96, 92, 92 fill the three places exactly; the 91 below is simply outside.
        var result = new BranchYearBuilder(TestSchemes.Township000())
            .MemberScoring("Top", 96).MemberScoring("T1", 92).MemberScoring("T2", 92).MemberScoring("Next", 91)
            .MembersScoring(6, 85)
            .Compute();

        new[] { "Top", "T1", "T2" }.Should().OnlyContain(n => result.Of(n).Grade == Grade.Excellent && !result.Of(n).Notes.Any());
        result.Of("Next").NoteKinds().Should().Equal(ComputationNoteKind.ExcellentWithheldByQuota);
    }
}
