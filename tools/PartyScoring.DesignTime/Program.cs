// Entry point for `dotnet ef` only; this project is never shipped or run.
System.Console.WriteLine("PartyScoring design-time host: use it as --startup-project for dotnet ef.");
