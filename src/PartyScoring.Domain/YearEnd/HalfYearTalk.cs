using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.YearEnd;

/// <summary>A reminder talk (提醒谈话) the secretary held with a low-scoring member after the half year.</summary>
public class HalfYearTalk
{
    public const int TextMaxLength = 1000;
    public const int ActorMaxLength = 100;

    private HalfYearTalk() { TalkedBy = string.Empty; Summary = string.Empty; }

    public HalfYearTalk(int memberId, int branchId, int year, DateOnly talkedOn, string talkedBy, string summary, string? followUp, DateOnly today)
    {
        if (talkedOn > today)
            throw new DomainException("talk.date", "a talk is recorded after it took place");
        if (talkedOn.Year != year && talkedOn.Year != year + 1)
            throw new DomainException("talk.date", "the talk belongs to this year's half-year review");
        MemberId = memberId;
        BranchId = branchId;
        Year = year;
        TalkedOn = talkedOn;
        TalkedBy = Guard.Text(talkedBy, ActorMaxLength, "talk.by");
        Summary = Guard.Text(summary, TextMaxLength, "talk.summary");
        FollowUp = Guard.OptionalText(followUp, TextMaxLength, "talk.followUp");
    }

    public int Id { get; private set; }
    public int MemberId { get; private set; }
    public int BranchId { get; private set; }
    public int Year { get; private set; }
    public DateOnly TalkedOn { get; private set; }
    public string TalkedBy { get; private set; }
    public string Summary { get; private set; }
    public string? FollowUp { get; private set; }
}
