using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>
/// Seed 002 三(二): 经本人提出申请、党支部研究同意、上级党委备案, 可不纳入积分管理 — only a filed exemption
/// takes a member out of grading; exempt members are listed separately and ungraded (SPEC 2).
/// </summary>
public class ExemptMembersInTheYearResult
{
    private const int Year = TestSchemes.Year;

    private static BranchYearResult ComputeWith(Member member) =>
        new BranchYearBuilder(TestSchemes.Township000())
            .Add(ScoredMember.From(member, Year), ("D01", 5))
            .MembersScoring(9, 80)
            .Compute();

    [Fact]
    public void ListsAMemberWithAFiledExemptionSeparatelyAndUngraded()
    {
        var member = new MemberBuilder().Named("Elder").WithId(99).BuildWithFiledExemption(Year);

        var result = ComputeWith(member);

        result.Exempt.Should().ContainSingle().Which.Member.Name.Should().Be("Elder");
        result.Of("Elder").Grade.Should().BeNull();
        result.Of("Elder").Rank.Should().BeNull();
        result.Graded.Should().NotContain(r => r.Member.Name == "Elder");
    }

    [Fact]
    public void StillComputesTheExemptMembersPoints()
    {
        var member = new MemberBuilder().Named("Elder").WithId(99).BuildWithFiledExemption(Year);

        ComputeWith(member).Of("Elder").Points.Total.Should().Be(85);
    }

    [Fact]
    public void DoesNotCountExemptMembersForTheQuota()
    {
        // 9 graded × 30 % = 2 places; counting the exempt member too would give 3.
        var member = new MemberBuilder().Named("Elder").WithId(99).BuildWithFiledExemption(Year);

        ComputeWith(member).ExcellentQuotaPlaces.Should().Be(2);
    }

    [Fact]
    public void GradesAMemberWhoseExemptionIsOnlyAppliedFor()
    {
        var member = new MemberBuilder().Named("Applicant").WithId(99).Build();
        member.ApplyForExemption(Year, ExemptionReason.LongTermIllness, null, new DateOnly(Year, 1, 5));

        var result = ComputeWith(member);

        result.Exempt.Should().BeEmpty();
        result.Of("Applicant").Grade.Should().Be(Grade.Qualified);
    }

    [Fact]
    public void GradesAMemberWhoseExemptionIsOnlyApprovedByTheBranch()
    {
        var member = new MemberBuilder().Named("Applicant").WithId(99).Build();
        member.ApplyForExemption(Year, ExemptionReason.Frail, null, new DateOnly(Year, 1, 5))
            .ApproveByBranch("branch secretary", new DateOnly(Year, 1, 10));

        var result = ComputeWith(member);

        result.Exempt.Should().BeEmpty();
        result.Of("Applicant").Rank.Should().NotBeNull();
    }

    [Fact]
    public void GradesAMemberExemptOnlyInAnotherYear()
    {
        // Exemptions are kept per year (SPEC 2).
        var member = new MemberBuilder().Named("Elder").WithId(99).BuildWithFiledExemption(Year - 1);

        ComputeWith(member).Of("Elder").Grade.Should().NotBeNull();
    }
}
