using PartyScoring.Domain.Members;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>A roster member with sensible defaults; only what a test cares about needs saying.</summary>
internal sealed class MemberBuilder
{
    public const int HomeBranchId = 10;
    public static readonly DateOnly EnrolledOn = new(2010, 7, 1);

    private string _name = "Wang Fang";
    private DateOnly _birthDate = new(1975, 5, 1);
    private int _branchId = HomeBranchId;
    private MembershipStatus _status = MembershipStatus.Full;
    private int _id = 1;

    public MemberBuilder Named(string name) { _name = name; return this; }
    public MemberBuilder BornOn(int year, int month, int day) { _birthDate = new DateOnly(year, month, day); return this; }
    public MemberBuilder InBranch(int branchId) { _branchId = branchId; return this; }
    public MemberBuilder AsActivist() { _status = MembershipStatus.Activist; return this; }
    public MemberBuilder WithId(int id) { _id = id; return this; }

    public Member Build() =>
        Ids.Assign(new Member(_name, Gender.Female, _birthDate, _branchId, _status, MemberCategory.Rural,
            _status == MembershipStatus.Activist ? null : new DateOnly(2005, 7, 1), EnrolledOn), _id);

    /// <summary>A member whose exemption for <paramref name="year"/> went through the whole trail (seed 002 三(二)).</summary>
    public Member BuildWithFiledExemption(int year)
    {
        var member = Build();
        var exemption = member.ApplyForExemption(year, ExemptionReason.AgedSeventyOrMore, null, new DateOnly(year, 1, 5));
        exemption.ApproveByBranch("branch secretary", new DateOnly(year, 1, 10));
        exemption.FileWithTownship("township office", new DateOnly(year, 1, 20));
        return member;
    }
}
