namespace PartyScoring.Web;

/// <summary>Marker for the shared UI strings in Resources/SharedResource.*.resx (zh-CN default, en).</summary>
public sealed class SharedResource;
