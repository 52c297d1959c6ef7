using CoopSim.Orleans.Wire;

namespace CoopSim.Orleans.Abstractions;

/// <summary>
/// The client's side of shipping a scenario: a silo that has no plan for a run's scenario hash asks the
/// client for the files (once per silo and hash) instead of reading a path that may not exist on its machine.
/// </summary>
[Alias("coopsim.IScenarioSource")]
public interface IScenarioSource : IGrainObserver
{
    /// <summary>The files whose content hash is <paramref name="hash"/>, or null when the client has none by that hash.</summary>
    [Alias("get-scenario")]
    Task<WireScenarioBundle?> GetScenarioAsync(string hash);
}
