namespace PartyScoring.Domain.Schemes;

/// <summary>How the democratic-evaluation score (民主测评) enters the result.</summary>
public enum EvaluationMode
{
    /// <summary>Votes are recorded but do not change the points or the grade.</summary>
    None = 0,
    /// <summary>Seed 003: the score is added to the member's points ("一并记入党员积分").</summary>
    AddToTotal = 1,
    /// <summary>The grade is decided on points × (1 − w) + evaluation × w; the points total itself is unchanged.</summary>
    WeightedIntoGrade = 2,
}
