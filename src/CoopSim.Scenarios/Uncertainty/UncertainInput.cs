using CoopSim.Scenarios.Sweeps;

namespace CoopSim.Scenarios.Uncertainty;

/// <summary>
/// One uncertain input: a parameter path set to a value of its range (<see cref="Path"/>), or a delay of the
/// world multiplied by a factor of its range (<see cref="Delay"/>, from a whole-world rule). <see cref="Name"/> is
/// what tables print; <see cref="Basis"/> says which rule or entry made it uncertain.
/// </summary>
public sealed record UncertainInput(string Name, UncertainRange Range, ParameterPath? Path, DelayTarget? Delay, string Basis);
