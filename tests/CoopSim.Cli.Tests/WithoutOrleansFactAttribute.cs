using CoopSim.Cli.Engines;

namespace CoopSim.Cli.Tests;

/// <summary>A fact about builds without the Orleans switch; skipped where -p:Orleans=true built the engine in.</summary>
public sealed class WithoutOrleansFactAttribute : FactAttribute
{
    public WithoutOrleansFactAttribute()
    {
        if (EngineFactory.HasOrleans) Skip = "this build has the Orleans engine (-p:Orleans=true)";
    }
}
