using System.Linq.Expressions;
using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Members;

/// <summary>
/// A party member or activist. <see cref="BranchId"/> is the branch that scores the member;
/// for a mobile member (流动党员) that is the inflow branch, and <see cref="OutflowBranchId"/>
/// is the home branch, which may read but not score.
/// </summary>
public class Member
{
    public const int NameMaxLength = 50;
    public const int PhoneMaxLength = 20;

    private readonly List<BranchAssignment> _branchHistory = [];
    private readonly List<Exemption> _exemptions = [];

    private Member() { Name = string.Empty; }

    public Member(string name, Gender gender, DateOnly birthDate, int branchId, MembershipStatus status,
        MemberCategory category, DateOnly? joinedOn, DateOnly enrolledOn)
    {
        Name = Guard.Text(name, NameMaxLength, "member.name");
        Gender = gender;
        BirthDate = birthDate;
        Status = status;
        Category = category;
        JoinedOn = joinedOn;
        if (joinedOn is { } joined && joined < birthDate)
            throw new DomainException("member.joinedOn", "joined before birth");
        BranchId = branchId;
        _branchHistory.Add(new BranchAssignment(branchId, enrolledOn));
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public string? Phone { get; private set; }
    public int BranchId { get; private set; }
    public int? PartyGroupId { get; private set; }
    public MembershipStatus Status { get; private set; }
    public MemberCategory Category { get; private set; }
    public DateOnly? JoinedOn { get; private set; }
    public int? OutflowBranchId { get; private set; }
    public bool IsMobile => OutflowBranchId is not null;
    public DateOnly? LeftOn { get; private set; }

    /// <summary>
    /// A member counts in a year's roster of their branch unless they left before the year began: a member who left during
    /// the year keeps that year's lines and result (SPEC 2). As a query condition, so SQL and memory agree.
    /// </summary>
    public static Expression<Func<Member, bool>> CountsIn(int year)
    {
        var yearStart = new DateOnly(year, 1, 1);
        return m => m.LeftOn == null || m.LeftOn >= yearStart;
    }

    /// <summary>Optimistic concurrency token: the roster is edited by clerks and the office.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<BranchAssignment> BranchHistory => _branchHistory;
    public IReadOnlyList<Exemption> Exemptions => _exemptions;

    public void SetPhone(string? phone)
    {
        var value = Guard.OptionalText(phone, PhoneMaxLength, "member.phone");
        if (value is not null && !value.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' '))
            throw new DomainException("member.phone", "a phone number has digits only");
        Phone = value;
        Touch();
    }

    public void AssignPartyGroup(int? partyGroupId) { PartyGroupId = partyGroupId; Touch(); }

    /// <summary>Full member after the probationary year, or activist admitted as probationary.</summary>
    public void ChangeStatus(MembershipStatus status) { Status = status; Touch(); }

    /// <summary>
    /// Registers the member as flowing out to <paramref name="inflowBranchId"/>, which scores them from now on
    /// (seed 002 三(三): 流入地党组织为主).
    /// </summary>
    public void FlowOutTo(int inflowBranchId, DateOnly on)
    {
        if (inflowBranchId == BranchId)
            throw new DomainException("member.mobile", "the inflow branch is the member's own branch");
        var home = OutflowBranchId ?? BranchId;
        MoveTo(inflowBranchId, on);
        OutflowBranchId = home == inflowBranchId ? null : home;
    }

    public void TransferTo(int branchId, DateOnly on)
    {
        if (branchId == BranchId)
            throw new DomainException("member.transfer", "already in this branch");
        MoveTo(branchId, on);
        OutflowBranchId = null;
    }

    public void Leave(DateOnly on)
    {
        _branchHistory.Single(a => a.To is null).Close(on);
        LeftOn = on;
        Touch();
    }

    public Exemption ApplyForExemption(int year, ExemptionReason reason, string? note, DateOnly on)
    {
        if (_exemptions.Any(e => e.Year == year && e.State != ExemptionState.Rejected))
            throw new DomainException("exemption.duplicate", "an exemption for this year already exists");
        var exemption = new Exemption(year, reason, note, on);
        _exemptions.Add(exemption);
        return exemption;
    }

    public bool IsExemptIn(int year) => _exemptions.Any(e => e.IsEffectiveIn(year));

    /// <summary>Age reached during <paramref name="year"/> — the age-70 rule counts a member who turns 70 that year.</summary>
    public int AgeReachedIn(int year) => year - BirthDate.Year;

    private void MoveTo(int branchId, DateOnly on)
    {
        _branchHistory.Single(a => a.To is null).Close(on);
        _branchHistory.Add(new BranchAssignment(branchId, on));
        BranchId = branchId;
        PartyGroupId = null;
        Touch();
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
