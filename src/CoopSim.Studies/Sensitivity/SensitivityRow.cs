using CoopSim.Scenarios.Uncertainty;

namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// One uncertain input's results: its Morris statistics, and for the inputs that mattered most its Sobol
/// indices and the output at the two ends of its range with every other input as written (<see cref="AtLow"/>,
/// <see cref="AtHigh"/>: the tornado chart's bar).
/// </summary>
public sealed record SensitivityRow(UncertainInput Input, MorrisEffect Morris, SobolIndex? Sobol, double? AtLow, double? AtHigh);
