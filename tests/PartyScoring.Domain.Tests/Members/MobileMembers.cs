using PartyScoring.Domain.Common;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Members;

/// <summary>Seed 002 三(三): 流动党员坚持流入地党组织为主 — the inflow branch scores, the outflow (home) branch keeps reading.</summary>
public class MobileMembers
{
    private const int Home = MemberBuilder.HomeBranchId;
    private static readonly DateOnly OutOn = new(2025, 4, 1);

    [Fact]
    public void AreScoredByTheInflowBranchAndKeepTheirHomeBranch()
    {
        var member = new MemberBuilder().Build();

        member.FlowOutTo(20, OutOn);

        member.BranchId.Should().Be(20);
        member.OutflowBranchId.Should().Be(Home);
        member.IsMobile.Should().BeTrue();
    }

    [Fact]
    public void KeepTheirBranchHistory()
    {
        var member = new MemberBuilder().Build();

        member.FlowOutTo(20, OutOn);

        member.BranchHistory.Select(a => (a.BranchId, a.From, a.To)).Should().Equal(
            (Home, MemberBuilder.EnrolledOn, (DateOnly?)OutOn),
            (20, OutOn, (DateOnly?)null));
    }

    [Fact]
    public void KeepTheSameHomeBranchWhenMovingOnToAnotherInflowBranch()
    {
        var member = new MemberBuilder().Build();
        member.FlowOutTo(20, OutOn);

        member.FlowOutTo(30, OutOn.AddMonths(3));

        member.BranchId.Should().Be(30);
        member.OutflowBranchId.Should().Be(Home);
        member.BranchHistory.Should().HaveCount(3);
    }

    [Fact]
    public void StopBeingMobileWhenTheyFlowBackHome()
    {
        var member = new MemberBuilder().Build();
        member.FlowOutTo(20, OutOn);

        member.FlowOutTo(Home, OutOn.AddMonths(6));

        member.IsMobile.Should().BeFalse();
        member.BranchId.Should().Be(Home);
    }

    [Fact]
    public void CannotFlowIntoTheBranchTheyAreIn()
    {
        var member = new MemberBuilder().Build();

        var act = () => member.FlowOutTo(Home, OutOn);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("member.mobile");
        member.BranchHistory.Should().ContainSingle();
    }
}
