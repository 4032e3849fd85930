using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Domain.YearEnd;

/// <summary>One member's annual result as snapshotted when the notice opened: what the notice and the archive show.</summary>
public class YearEndEntry
{
    public const int NameMaxLength = 50;

    private YearEndEntry() { Name = string.Empty; }

    internal YearEndEntry(YearEndSection section, MemberYearResult result, bool probationary)
    {
        Section = section;
        MemberId = result.Member.Id;
        Name = result.Member.Name;
        Probationary = probationary;
        Base = result.Points.Base;
        Duty = result.Points.Duty;
        Bonus = result.Points.Bonus;
        Deductions = result.Points.Deductions;
        EvaluationScore = result.Points.EvaluationScore;
        Total = result.Points.Total;
        GradeScore = result.Points.GradeScore;
        Vetoed = result.Points.Vetoed;
        Rank = result.Rank;
        Grade = result.Grade;
    }

    public long Id { get; private set; }
    public int RegisterId { get; private set; }
    public YearEndSection Section { get; private set; }
    public int MemberId { get; private set; }
    public string Name { get; private set; }
    public bool Probationary { get; private set; }
    public decimal Base { get; private set; }
    public decimal Duty { get; private set; }
    public decimal Bonus { get; private set; }
    public decimal Deductions { get; private set; }
    public decimal? EvaluationScore { get; private set; }
    public decimal Total { get; private set; }
    public decimal GradeScore { get; private set; }
    public bool Vetoed { get; private set; }
    public int? Rank { get; private set; }
    public Grade? Grade { get; private set; }

    /// <summary>The snapshot row as the engine's result: the computation notes are not kept, the figures are.</summary>
    public MemberYearResult ToResult()
    {
        var status = Section == YearEndSection.Activist ? MembershipStatus.Activist
            : Probationary ? MembershipStatus.Probationary : MembershipStatus.Full;
        return new MemberYearResult(new ScoredMember(MemberId, Name, status, Section == YearEndSection.Exempt),
            new MemberPoints(MemberId, Base, Duty, Bonus, Deductions, EvaluationScore, Total, GradeScore, Vetoed, []), Grade, Rank);
    }
}
