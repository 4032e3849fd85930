using PartyScoring.Domain.Evidence;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Evidence;

/// <summary>
/// Keeps evidence bytes in a folder outside the web root (setting Evidence:Folder, default data/evidence under the
/// content root), one file per <see cref="EvidenceFile.Id"/>; nothing in it is reachable except through the scoped
/// download action.
/// </summary>
public sealed class EvidenceStore(string folder)
{
    public string Folder => folder;

    /// <summary>Checks the upload, writes its bytes and adds the record to the context; the caller saves and commits.</summary>
    public async Task<EvidenceFile> AttachAsync(PartyScoringDbContext db, LedgerLine savedLine, EvidenceUpload upload, string by,
        DateTimeOffset at, CancellationToken ct)
    {
        await using var input = upload.Open();
        var header = new byte[EvidencePolicy.HeaderLength];
        var read = await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var file = new EvidenceFile(savedLine.Id, savedLine.MemberId, savedLine.BranchId, upload.FileName, header.AsSpan(0, read),
            upload.Length, by, at);
        Directory.CreateDirectory(folder);
        var temporary = PathOf(file.Id) + ".part";
        await using (var output = File.Create(temporary))
        {
            await output.WriteAsync(header.AsMemory(0, read), ct);
            await input.CopyToAsync(output, ct);
        }
        File.Move(temporary, PathOf(file.Id), overwrite: true);
        db.Add(file);
        return file;
    }

    /// <summary>What <see cref="SaveLineAsync"/> returns when the caller's claim found the record no longer open.</summary>
    public const string ClaimRefused = "line.claim-refused";

    /// <summary>
    /// Saves a new line and, when there is one, its evidence in one transaction: a refused upload writes nothing,
    /// neither the line nor the file. Returns the domain error code of a refused upload, or null. A claim, when
    /// given, runs first in the same transaction; if it answers false nothing is written.
    /// </summary>
    public async Task<string?> SaveLineAsync(PartyScoringDbContext db, LedgerLine line, EvidenceUpload? upload, string by,
        DateTimeOffset at, CancellationToken ct, Func<CancellationToken, Task<bool>>? claim = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (claim is not null && !await claim(ct))
        {
            db.ChangeTracker.Clear();
            return ClaimRefused;
        }
        db.LedgerLines.Add(line);
        await db.SaveChangesAsync(ct);
        EvidenceFile? file = null;
        try
        {
            if (upload is not null)
            {
                file = await AttachAsync(db, line, upload, by, at, ct);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (Domain.Common.DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.Code;
        }
        catch
        {
            if (file is not null)
                Discard(file.Id);
            throw;
        }
    }

    public Stream Open(EvidenceFile file) => File.OpenRead(PathOf(file.Id));

    /// <summary>Removes the bytes of an upload whose transaction did not commit.</summary>
    public void Discard(Guid id)
    {
        File.Delete(PathOf(id));
        File.Delete(PathOf(id) + ".part");
    }

    private string PathOf(Guid id) => Path.Combine(folder, id.ToString("N"));
}
