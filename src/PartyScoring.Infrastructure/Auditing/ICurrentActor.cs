namespace PartyScoring.Infrastructure.Auditing;

/// <summary>Who is making the current change: the signed-in user's name, or "system" for start-up work.</summary>
public interface ICurrentActor
{
    string Name { get; }
}

public sealed class SystemActor : ICurrentActor
{
    public string Name => "system";
}
