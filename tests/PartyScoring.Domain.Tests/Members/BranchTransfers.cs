using PartyScoring.Domain.Common;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Members;

/// <summary>SPEC 2: transfers keep history — a member moving branch mid-year keeps their ledger and the old period.</summary>
public class BranchTransfers
{
    private static readonly DateOnly MovedOn = new(2025, 7, 1);

    [Fact]
    public void CloseTheOldPeriodAndOpenANewOne()
    {
        var member = new MemberBuilder().Build();

        member.TransferTo(20, MovedOn);

        member.BranchId.Should().Be(20);
        member.BranchHistory.Select(a => (a.BranchId, a.From, a.To)).Should().Equal(
            (MemberBuilder.HomeBranchId, MemberBuilder.EnrolledOn, (DateOnly?)MovedOn),
            (20, MovedOn, (DateOnly?)null));
    }

    [Fact]
    public void LeaveTheOldPartyGroup()
    {
        var member = new MemberBuilder().Build();
        member.AssignPartyGroup(12);

        member.TransferTo(20, MovedOn);

        member.PartyGroupId.Should().BeNull();
    }

    [Fact]
    public void EndAMobileMembersOutflowRelationship()
    {
        // The organisational relationship itself moved: the member is no longer 流动.
        var member = new MemberBuilder().Build();
        member.FlowOutTo(20, new DateOnly(2025, 3, 1));

        member.TransferTo(20 + 10, MovedOn);

        member.IsMobile.Should().BeFalse();
        member.BranchHistory.Should().HaveCount(3);
    }

    [Fact]
    public void AreRefusedIntoTheSameBranch()
    {
        var member = new MemberBuilder().Build();

        var act = () => member.TransferTo(MemberBuilder.HomeBranchId, MovedOn);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("member.transfer");
    }

    [Fact]
    public void CloseTheHistoryWhenAMemberLeaves()
    {
        var member = new MemberBuilder().Build();

        member.Leave(MovedOn);

        member.LeftOn.Should().Be(MovedOn);
        member.BranchHistory.Single().To.Should().Be(MovedOn);
    }
}
