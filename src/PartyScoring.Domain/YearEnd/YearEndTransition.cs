using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.YearEnd;

/// <summary>One step in a register's timeline: who did what, when, with what comment.</summary>
public class YearEndTransition
{
    public const int ActorMaxLength = 100;
    public const int CommentMaxLength = 500;

    private YearEndTransition() { By = string.Empty; }

    internal YearEndTransition(YearEndAction action, YearEndState from, YearEndState to, string by, DateTimeOffset at, string? comment)
    {
        Action = action;
        From = from;
        To = to;
        By = Guard.Text(by, ActorMaxLength, "yearEnd.actor");
        At = at;
        Comment = Guard.OptionalText(comment, CommentMaxLength, "yearEnd.comment");
    }

    public long Id { get; private set; }
    public int RegisterId { get; private set; }
    public YearEndAction Action { get; private set; }
    public YearEndState From { get; private set; }
    public YearEndState To { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
}

/// <summary>民主测评 votes for one member, entered by the evaluation group before the notice.</summary>
public class YearEndVote
{
    private YearEndVote() { }

    internal YearEndVote(int memberId) => MemberId = memberId;

    public long Id { get; private set; }
    public int RegisterId { get; private set; }
    public int MemberId { get; private set; }
    public int Good { get; private set; }
    public int Medium { get; private set; }
    public int Poor { get; private set; }
    public int Voters { get; private set; }

    internal void Set(Scoring.EvaluationVotes votes)
    {
        Good = votes.Good;
        Medium = votes.Medium;
        Poor = votes.Poor;
        Voters = votes.Voters;
    }

    public Scoring.EvaluationVotes ToVotes() => new(Good, Medium, Poor, Voters);
}
