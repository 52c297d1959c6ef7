using System.Reflection;

namespace CoopSim.Cli;

/// <summary>The tool's name and version as result files record it (the version <c>coopsim --version</c> prints).</summary>
internal static class ToolVersion
{
    public static string Name { get; } = "coopsim " + (typeof(ToolVersion).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
}
