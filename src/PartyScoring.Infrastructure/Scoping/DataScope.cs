using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace PartyScoring.Infrastructure.Scoping;

/// <summary>
/// What the database context lets a query see: the signed-in user's scope (SPEC 1), read from the request's user or from
/// the user a background job acts for. The context's global query filters read it at every query, so a query that
/// forgets scope still sees only what the user may. Without a user nothing is visible, unless the work opens a named
/// bypass (<see cref="ScopeBypass"/>).
/// </summary>
public sealed class DataScope(IHttpContextAccessor http)
{
    /// <summary>A path no organisation has: the filters match nothing with it.</summary>
    internal const string NoPath = "\u0001";

    private ClaimsPrincipal? _actingFor;
    private ClaimsPrincipal? _resolvedFor;
    private UserScope? _resolved;
    private int _openBypasses;

    /// <summary>The user's scope, or null when there is no signed-in (or acted-for) user with one.</summary>
    public UserScope? User
    {
        get
        {
            var principal = _actingFor ?? http.HttpContext?.User;
            if (!ReferenceEquals(principal, _resolvedFor))
            {
                _resolved = principal is null ? null : UserScope.From(principal);
                _resolvedFor = principal;
            }
            return _resolved;
        }
    }

    public bool SeesEverything => _openBypasses > 0;

    /// <summary>Lets a background job read as the user who asked for the work (their claims, their scope).</summary>
    public void ActFor(ClaimsPrincipal user) => _actingFor = user;

    /// <summary>Sees every row until disposed. Use only for the reasons <see cref="ScopeBypass"/> names.</summary>
    public IDisposable SeeEverything(ScopeBypass reason)
    {
        _ = reason; // the reason is for the reader and for ScopeBypassTests, which list every use by its reason
        _openBypasses++;
        return new Closing(this);
    }

    // The values the context's filters read; EF Core turns them into parameters at each query.
    internal bool Open => SeesEverything;
    internal bool MemberOnly => !SeesEverything && User is { IsMemberOnly: true };
    internal string Path => User?.OrganisationPath is { Length: > 0 } path ? path : NoPath;
    internal int MemberId => User?.MemberId ?? -1;

    private sealed class Closing(DataScope scope) : IDisposable
    {
        private bool _closed;

        public void Dispose()
        {
            if (_closed)
                return;
            _closed = true;
            scope._openBypasses--;
        }
    }
}
