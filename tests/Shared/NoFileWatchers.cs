using System.Runtime.CompilerServices;

namespace PartyScoring.Testing;

/// <summary>
/// Test hosts must not watch files. Every WebApplicationFactory host (and every app a test starts as a process,
/// which inherits this environment) would otherwise take inotify instances for its appsettings files and its
/// content roots; the machine allows 128 per user, so two test runs side by side (or a run beside helpers'
/// processes) failed with "The configured user limit (128) on the number of inotify instances has been reached".
/// Configuration is not reloaded on change, and the file providers poll instead of holding an inotify instance.
/// </summary>
internal static class NoFileWatchers
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
