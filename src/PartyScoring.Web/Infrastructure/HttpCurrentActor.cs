using PartyScoring.Infrastructure.Auditing;

namespace PartyScoring.Web.Infrastructure;

/// <summary>The audit log's "who": the signed-in user name (a login, never a member's real name).</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    public string Name => http.HttpContext?.User.Identity?.Name ?? "system";
}
