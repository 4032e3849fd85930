using PartyScoring.Domain.Common;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Members;

/// <summary>The roster is edited by clerks and the office at once: every edit changes the optimistic-concurrency stamp.</summary>
public class MemberConcurrencyStamp
{
    public static TheoryData<string> Edits => ["SetPhone", "AssignPartyGroup", "ChangeStatus", "FlowOutTo", "TransferTo", "Leave"];

    private static void Edit(Member member, string edit)
    {
        var on = new DateOnly(2025, 6, 1);
        switch (edit)
        {
            case "SetPhone": member.SetPhone("138-0000-0000"); break;
            case "AssignPartyGroup": member.AssignPartyGroup(12); break;
            case "ChangeStatus": member.ChangeStatus(MembershipStatus.Probationary); break;
            case "FlowOutTo": member.FlowOutTo(20, on); break;
            case "TransferTo": member.TransferTo(20, on); break;
            case "Leave": member.Leave(on); break;
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void ChangesOnEveryEdit(string edit)
    {
        var member = new MemberBuilder().Build();
        var before = member.ConcurrencyStamp;

        Edit(member, edit);

        member.ConcurrencyStamp.Should().NotBe(before);
    }

    [Fact]
    public void StaysTheSameWhenAnEditIsRefused()
    {
        var member = new MemberBuilder().Build();
        var before = member.ConcurrencyStamp;

        var act = () => member.SetPhone("call me");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("member.phone");
        member.ConcurrencyStamp.Should().Be(before);
        member.Phone.Should().BeNull();
    }
}
