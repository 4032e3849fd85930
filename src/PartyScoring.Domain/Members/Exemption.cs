using System.Collections.Concurrent;
using System.Linq.Expressions;
using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Members;

/// <summary>
/// An exemption from points management for one year, with its approval trail:
/// the member applies, the branch approves, the township files it (seed 002 三(二)).
/// Only a filed exemption takes the member out of grading.
/// </summary>
public class Exemption
{
    public const int NoteMaxLength = 500;

    private Exemption() { }

    internal Exemption(int year, ExemptionReason reason, string? note, DateOnly appliedOn)
    {
        Year = year;
        Reason = reason;
        Note = Guard.OptionalText(note, NoteMaxLength, "exemption.note");
        AppliedOn = appliedOn;
        State = ExemptionState.Applied;
    }

    public int Id { get; private set; }
    public int MemberId { get; private set; }
    public int Year { get; private set; }
    public ExemptionReason Reason { get; private set; }
    public string? Note { get; private set; }
    public ExemptionState State { get; private set; }
    public DateOnly AppliedOn { get; private set; }
    public DateOnly? BranchApprovedOn { get; private set; }
    public string? BranchApprovedBy { get; private set; }
    public DateOnly? FiledOn { get; private set; }
    public string? FiledBy { get; private set; }

    public bool IsEffective => State == ExemptionState.Filed;

    // Compiled once per year asked about: the in-memory test is the query condition itself.
    private static readonly ConcurrentDictionary<int, Func<Exemption, bool>> CompiledEffectiveIn = new();

    /// <summary>
    /// An exemption frees the member from grading in its year once the township has filed it (seed 002: 经本人提出申请、党支部研究
    /// 同意、上级党委备案). As a query condition, so SQL and memory agree.
    /// </summary>
    public static Expression<Func<Exemption, bool>> EffectiveIn(int year) => e => e.Year == year && e.State == ExemptionState.Filed;

    public bool IsEffectiveIn(int year) => CompiledEffectiveIn.GetOrAdd(year, y => EffectiveIn(y).Compile())(this);

    public void ApproveByBranch(string approvedBy, DateOnly on)
    {
        if (State != ExemptionState.Applied)
            throw new DomainException("exemption.state", "only an application can be approved by the branch");
        State = ExemptionState.BranchApproved;
        BranchApprovedBy = approvedBy;
        BranchApprovedOn = on;
    }

    public void FileWithTownship(string filedBy, DateOnly on)
    {
        if (State != ExemptionState.BranchApproved)
            throw new DomainException("exemption.state", "the township files only branch-approved exemptions");
        State = ExemptionState.Filed;
        FiledBy = filedBy;
        FiledOn = on;
    }

    public void Reject(string by, DateOnly on, string reason)
    {
        if (State is ExemptionState.Filed or ExemptionState.Rejected)
            throw new DomainException("exemption.state", "a filed or rejected exemption cannot be rejected");
        // The reason is checked first: a rejection without one must not leave the exemption rejected.
        var text = Guard.Text(reason, NoteMaxLength, "exemption.note");
        State = ExemptionState.Rejected;
        Note = text;
        BranchApprovedBy ??= by;
        BranchApprovedOn ??= on;
    }
}
