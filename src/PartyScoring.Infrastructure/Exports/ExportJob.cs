namespace PartyScoring.Infrastructure.Exports;

public enum ExportJobState
{
    Queued = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
}

/// <summary>
/// A long export (the township workbook) run in the background. The row lives in the database and the finished file
/// under the data folder, so any app instance can report progress and serve the download.
/// </summary>
public class ExportJob
{
    public const int KindMaxLength = 40;
    public const int UserMaxLength = 450;
    public const int CultureMaxLength = 10;
    public const int FileNameMaxLength = 200;

    private ExportJob() { Kind = string.Empty; RequestedBy = string.Empty; Culture = string.Empty; }

    public ExportJob(string kind, int year, string requestedBy, string culture, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Year = year;
        RequestedBy = requestedBy;
        Culture = culture;
        RequestedAt = at;
        State = ExportJobState.Queued;
    }

    public Guid Id { get; private set; }
    public string Kind { get; private set; }
    public int Year { get; private set; }
    /// <summary>The Identity user id: the job reads data with that user's scope, and only that user downloads it.</summary>
    public string RequestedBy { get; private set; }
    public string Culture { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public ExportJobState State { get; private set; }
    /// <summary>0–100.</summary>
    public int Percent { get; private set; }
    public string? FileName { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
}
