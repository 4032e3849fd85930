using PartyScoring.Domain.Evidence;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Everything the system holds about one member (个人信息保护法: the member's copy of their personal information),
/// as read for the member's own export. Values stay typed; the workbook and the JSON file each render them.
/// </summary>
public sealed record PersonalDataRecord(
    DateTimeOffset ExportedAt,
    string ExportedBy,
    PersonalProfile Profile,
    IReadOnlyList<PersonalBranchPeriod> BranchHistory,
    IReadOnlyList<PersonalExemption> Exemptions,
    IReadOnlyList<MemberYearSummary> Years,
    IReadOnlyList<PersonalRegisterEntry> YearEndRegisters,
    IReadOnlyList<PersonalLedgerLine> Lines,
    IReadOnlyList<PersonalObjection> Objections,
    IReadOnlyList<PersonalTalk> Talks,
    IReadOnlyList<PersonalHandling> Handlings,
    IReadOnlyList<PersonalEvidenceFile> EvidenceFiles)
{
    /// <summary>The member's declarations (申报) are the ledger lines they entered themself.</summary>
    public IEnumerable<PersonalLedgerLine> Declarations => Lines.Where(l => l.Source == LedgerSource.MemberDeclaration);
}

public sealed record PersonalProfile(int MemberId, string Name, Gender Gender, DateOnly BirthDate, string? Phone, string Branch,
    string? PartyGroup, MembershipStatus Status, MemberCategory Category, DateOnly? JoinedOn, string? OutflowBranch, DateOnly? LeftOn,
    string? Login);

public sealed record PersonalBranchPeriod(string Branch, DateOnly From, DateOnly? To);

public sealed record PersonalExemption(int Year, ExemptionReason Reason, string? Note, ExemptionState State, DateOnly AppliedOn,
    DateOnly? BranchApprovedOn, string? BranchApprovedBy, DateOnly? FiledOn, string? FiledBy);

/// <summary>The member's line of a year-end register (the snapshot taken at the annual notice) and the votes behind it.</summary>
public sealed record PersonalRegisterEntry(int Year, YearEndState RegisterState, YearEndSection Section, decimal Base, decimal Duty,
    decimal Bonus, decimal Deductions, decimal? EvaluationScore, decimal Total, bool Vetoed, int? Rank, Grade? Grade,
    int? VotesGood, int? VotesMedium, int? VotesPoor, int? Voters);

public sealed record PersonalLedgerLine(long Id, int Year, int Quarter, string Branch, string ItemCode, string ItemName, decimal Points,
    string Description, string? EvidenceNote, LedgerSource Source, LedgerLineState State, string EnteredBy, DateTimeOffset EnteredAt,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionReason, long? ReversesLineId, string? ReviewComment);

public enum PersonalObjectionKind { Quarter = 1, YearEnd = 2 }

/// <summary>A quarter objection (to one line) or an annual one (to the year's result), with the answer.</summary>
public sealed record PersonalObjection(PersonalObjectionKind Kind, int Year, int? Quarter, long? LineId, string Reason,
    DateTimeOffset RaisedAt, ObjectionState State, string? Decision, string? DecidedBy, DateTimeOffset? DecidedAt);

public sealed record PersonalTalk(int Year, DateOnly TalkedOn, string TalkedBy, string Summary, string? FollowUp);

public sealed record PersonalHandling(int Year, DateOnly? ClosedOn, string? Conclusion, IReadOnlyList<PersonalHandlingStep> Steps);

public sealed record PersonalHandlingStep(HandlingStepKind Kind, DateOnly On, string Text, DateOnly? Deadline, string RecordedBy);

public sealed record PersonalEvidenceFile(long LineId, string FileName, EvidenceKind Kind, long Size, string UploadedBy, DateTimeOffset UploadedAt);
