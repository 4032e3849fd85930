namespace PartyScoring.Infrastructure.DataProtection;

/// <summary>
/// A Data Protection key ring entry kept in the database, so that every app instance on the same
/// database can read the others' cookies and antiforgery tokens (the EF Core package for this does not restore here).
/// </summary>
public class DataProtectionKey
{
    public const int FriendlyNameMaxLength = 200;

    public int Id { get; set; }
    public string FriendlyName { get; set; } = string.Empty;
    public string Xml { get; set; } = string.Empty;
}
