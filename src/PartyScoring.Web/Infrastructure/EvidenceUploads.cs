using PartyScoring.Domain.Evidence;
using PartyScoring.Infrastructure.Evidence;

namespace PartyScoring.Web.Infrastructure;

/// <summary>Adapts a form's file to the services' upload, and bounds the request a little above the largest evidence allowed.</summary>
public static class EvidenceUploads
{
    /// <summary>Above the video limit, so an oversized file of an accepted type still gets the policy's own message.</summary>
    public const long RequestLimit = EvidencePolicy.MaxVideoBytes + 10 * 1024 * 1024;

    public static EvidenceUpload? From(IFormFile? file) =>
        file is null ? null : new EvidenceUpload(file.FileName, file.Length, file.OpenReadStream);
}
