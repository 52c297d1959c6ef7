using CoopSim.Simulation.Results;
using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Sweeps;

/// <summary>One point of a sweep: the value of each parameter, its key figures, and the whole result of that run.</summary>
public sealed record SweepRow(IReadOnlyList<string> Values, IReadOnlyList<KeyFigure> Figures, SimulationResult Result);
