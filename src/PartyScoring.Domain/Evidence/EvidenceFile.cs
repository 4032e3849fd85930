using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Evidence;

/// <summary>
/// An evidence file attached to a ledger line (a clerk's entry or a member's declaration). The bytes are stored
/// outside the web root under <see cref="Id"/>; the record keeps who it belongs to, so it is served only to users
/// whose scope includes that member.
/// </summary>
public class EvidenceFile
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 50;

    private EvidenceFile() { FileName = string.Empty; ContentType = string.Empty; UploadedBy = string.Empty; }

    public EvidenceFile(long ledgerLineId, int memberId, int branchId, string fileName, ReadOnlySpan<byte> header, long length,
        string uploadedBy, DateTimeOffset at)
    {
        (Kind, ContentType) = EvidencePolicy.Check(header, length);
        Id = Guid.NewGuid();
        LedgerLineId = ledgerLineId;
        MemberId = memberId;
        BranchId = branchId;
        FileName = Clean(fileName);
        Size = length;
        UploadedBy = Guard.Text(uploadedBy, 100, "evidence.by");
        UploadedAt = at;
    }

    public Guid Id { get; private set; }
    public long LedgerLineId { get; private set; }
    public int MemberId { get; private set; }
    public int BranchId { get; private set; }
    /// <summary>The name the user gave the file, without any path, for the download dialog only.</summary>
    public string FileName { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    private static string Clean(string? name)
    {
        var bare = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var safe = new string(bare.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (safe.Length == 0)
            safe = "evidence";
        return safe.Length <= FileNameMaxLength ? safe : safe[^FileNameMaxLength..];
    }
}
