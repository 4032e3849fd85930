namespace PartyScoring.Infrastructure.Scoping;

/// <summary>
/// The named reasons a piece of work may see past the signed-in user's scope (<see cref="DataScope.SeeEverything"/>).
/// Each is used in the places docs/architecture.md lists, and ScopeBypassTests fails when a use appears that the list
/// does not name: a new bypass is a decision, not an accident.
/// </summary>
public enum ScopeBypass
{
    /// <summary>Migrating, creating roles and seeding the demo at start-up: nobody is signed in.</summary>
    Startup,

    /// <summary>The setup command of a new installation, run by whoever installs it on the server.</summary>
    InstallationSetup,

    /// <summary>Building a user's claims at sign-in: their organisation path is read before they have a scope.</summary>
    SignIn,

    /// <summary>
    /// A branch's year is computed whole (ranks and quotas need every member) once the caller has found the branch in
    /// its own scope; the figures are cached per branch and shared by every user who may see the branch.
    /// </summary>
    BranchYear,

    /// <summary>
    /// The branch that scores a member in scope: a mobile member seen from their home (outflow) branch is scored by a
    /// branch outside that subtree, whose name and year belong on the member's page.
    /// </summary>
    ScoringBranch,

    /// <summary>A quarter's public notice lists every member's lines to the branch's own members (seed 000: 公示).</summary>
    PublicNotice,

    /// <summary>Tests and the benchmark, which prepare and inspect the database as a whole. Never used by the app.</summary>
    Tooling,
}
