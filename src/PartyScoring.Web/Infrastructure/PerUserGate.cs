namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Counts what each user has running of one kind of heavy work (an import, a PDF, a workbook) in this process, so
/// one user cannot take every slot (issue 20: 40 simultaneous PDF requests from one secretary). Per process: with
/// several instances behind a balancer each instance counts on its own, which still bounds every instance.
/// </summary>
public sealed class PerUserGate
{
    private readonly Dictionary<(string Kind, string User), int> _running = [];

    /// <summary>A lease to release when the work ends, or null when the user already runs <paramref name="limit"/> of this kind.</summary>
    public IDisposable? TryEnter(string kind, string user, int limit)
    {
        lock (_running)
        {
            var key = (kind, user);
            var now = _running.GetValueOrDefault(key);
            if (now >= Math.Max(1, limit))
                return null;
            _running[key] = now + 1;
            return new Lease(this, key);
        }
    }

    private void Leave((string, string) key)
    {
        lock (_running)
        {
            if (_running.TryGetValue(key, out var now) && now > 1)
                _running[key] = now - 1;
            else
                _running.Remove(key);
        }
    }

    private sealed class Lease(PerUserGate gate, (string, string) key) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
                gate.Leave(key);
        }
    }
}
