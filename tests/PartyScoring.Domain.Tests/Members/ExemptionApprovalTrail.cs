using PartyScoring.Domain.Common;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Members;

/// <summary>Seed 002 三(二): 经本人提出申请、党支部研究同意、上级党委备案 — in that order, and only the filing takes effect.</summary>
public class ExemptionApprovalTrail
{
    private const int Year = 2025;
    private static readonly DateOnly AppliedOn = new(Year, 1, 5);
    private readonly Member _member = new MemberBuilder().BornOn(1950, 3, 1).Build();

    private Exemption Apply() => _member.ApplyForExemption(Year, ExemptionReason.AgedSeventyOrMore, "aged 75", AppliedOn);

    [Fact]
    public void StartsWithTheMembersApplicationWhichDoesNotExemptYet()
    {
        var exemption = Apply();

        exemption.State.Should().Be(ExemptionState.Applied);
        exemption.IsEffective.Should().BeFalse();
        _member.IsExemptIn(Year).Should().BeFalse();
    }

    [Fact]
    public void RecordsTheBranchApprovalWhichStillDoesNotExempt()
    {
        var exemption = Apply();

        exemption.ApproveByBranch("branch secretary", new DateOnly(Year, 1, 10));

        exemption.State.Should().Be(ExemptionState.BranchApproved);
        (exemption.BranchApprovedBy, exemption.BranchApprovedOn).Should().Be(("branch secretary", new DateOnly(Year, 1, 10)));
        _member.IsExemptIn(Year).Should().BeFalse();
    }

    [Fact]
    public void ExemptsTheMemberForThatYearOnceFiledWithTheTownship()
    {
        var exemption = Apply();
        exemption.ApproveByBranch("branch secretary", new DateOnly(Year, 1, 10));

        exemption.FileWithTownship("township office", new DateOnly(Year, 1, 20));

        exemption.State.Should().Be(ExemptionState.Filed);
        _member.IsExemptIn(Year).Should().BeTrue();
        _member.IsExemptIn(Year + 1).Should().BeFalse();
    }

    [Fact]
    public void RefusesFilingBeforeTheBranchApproves()
    {
        var exemption = Apply();

        var act = () => exemption.FileWithTownship("township office", new DateOnly(Year, 1, 20));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("exemption.state");
        _member.IsExemptIn(Year).Should().BeFalse();
    }

    [Fact]
    public void RefusesABranchApprovalTwice()
    {
        var exemption = Apply();
        exemption.ApproveByBranch("branch secretary", new DateOnly(Year, 1, 10));

        var act = () => exemption.ApproveByBranch("branch secretary", new DateOnly(Year, 1, 11));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("exemption.state");
    }

    [Fact]
    public void RefusesToRejectAFiledExemption()
    {
        var member = new MemberBuilder().BuildWithFiledExemption(Year);

        var act = () => member.Exemptions.Single().Reject("township office", new DateOnly(Year, 2, 1), "changed mind");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("exemption.state");
        member.IsExemptIn(Year).Should().BeTrue();
    }

    [Fact]
    public void RequiresAReasonToReject()
    {
        var exemption = Apply();

        var act = () => exemption.Reject("branch secretary", new DateOnly(Year, 1, 10), "");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("exemption.note");
        exemption.State.Should().Be(ExemptionState.Applied);
        exemption.Note.Should().Be("aged 75");
    }

    [Fact]
    public void RefusesASecondApplicationForTheSameYear()
    {
        Apply();

        var act = () => _member.ApplyForExemption(Year, ExemptionReason.Frail, null, AppliedOn.AddDays(1));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("exemption.duplicate");
    }

    [Fact]
    public void AllowsANewApplicationAfterARejection()
    {
        Apply().Reject("branch secretary", new DateOnly(Year, 1, 10), "still active in the village");

        var again = _member.ApplyForExemption(Year, ExemptionReason.LongTermIllness, null, new DateOnly(Year, 3, 1));

        again.State.Should().Be(ExemptionState.Applied);
        _member.Exemptions.Should().HaveCount(2);
    }
}
