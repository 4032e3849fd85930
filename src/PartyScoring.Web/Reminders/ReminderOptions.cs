using System.ComponentModel.DataAnnotations;

namespace PartyScoring.Web.Reminders;

/// <summary>Settings section <c>Reminders</c>, validated at start-up.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Days after a quarter's end before an unsubmitted quarter sheet counts as overdue.</summary>
    [Range(0, 90)]
    public int SheetGraceDays { get; set; } = 15;
}
