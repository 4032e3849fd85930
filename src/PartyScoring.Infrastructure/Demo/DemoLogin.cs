namespace PartyScoring.Infrastructure.Demo;

/// <summary>A demo account, printed to the console at first start and listed in README.</summary>
public sealed record DemoLogin(string UserName, string Password, string Role, string Description);
