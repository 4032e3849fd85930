namespace PartyScoring.Web.Reminders;

/// <summary>
/// Something the signed-in person must do, shown on their home page (issue 4 §6): a resource key for the text,
/// its arguments, a link to where it is done, and whether it is already late. Nothing here ranks or rewards app use.
/// </summary>
public sealed record Reminder(string TextKey, object[] Arguments, string Url, bool IsOverdue = false, DateOnly? Due = null);
