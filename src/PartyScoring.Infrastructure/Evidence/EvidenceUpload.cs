namespace PartyScoring.Infrastructure.Evidence;

/// <summary>An uploaded file as the services see it (the web layer adapts IFormFile to this).</summary>
public sealed record EvidenceUpload(string FileName, long Length, Func<Stream> Open);
