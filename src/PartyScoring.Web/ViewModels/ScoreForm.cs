using System.Globalization;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.StarRating;
using PartyScoring.Web.Infrastructure;

namespace PartyScoring.Web.ViewModels;

/// <summary>One posted row of the rating form. Points are bound as text so a typo gets a Chinese message, not a binder error.</summary>
public sealed class ScoreForm
{
    public int ItemId { get; set; }
    public string? Points { get; set; }
    public string? Text { get; set; }
    public string? Evidence { get; set; }

    public static bool TryParse(string? value, out decimal result) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out result);

    /// <summary>
    /// Copies what was typed onto the page's rows and checks each one; returns the inputs when every row is valid,
    /// null otherwise (each faulty row then carries its message).
    /// </summary>
    public static Dictionary<int, ScoreInput>? Apply(BranchRatingViewModel page, IReadOnlyList<ScoreForm> posted, bool selfEvaluation,
        IStringLocalizer text)
    {
        var inputs = new Dictionary<int, ScoreInput>();
        var valid = true;
        foreach (var row in page.Items)
        {
            var form = posted.FirstOrDefault(p => p.ItemId == row.ItemId);
            row.InputPoints = form?.Points;
            row.InputText = form?.Text;
            row.InputEvidence = form?.Evidence;
            string? error = null;
            if (!TryParse(form?.Points, out var points))
                error = text["Rating_PointsRequired"];
            else if (RatingScore.Validate(row.Kind, row.MaxPoints, points) is { } code)
                error = DomainErrors.Message(text, code);
            else if (selfEvaluation && row.Kind == RatingItemKind.Base && string.IsNullOrWhiteSpace(form?.Text))
                error = text["Rating_NoteRequired"];
            else if (!selfEvaluation && row.SelfPoints is { } self && self != points && string.IsNullOrWhiteSpace(form?.Text))
                error = text["Rating_ReasonRequired"];
            else if ((form?.Text?.Length ?? 0) > RatingScore.NoteMaxLength || (form?.Evidence?.Length ?? 0) > RatingScore.NoteMaxLength)
                error = text["Rating_TextTooLong"];
            row.Error = error;
            valid &= error is null;
            inputs[row.ItemId] = new ScoreInput(points, form?.Text, form?.Evidence);
        }
        return valid ? inputs : null;
    }
}
