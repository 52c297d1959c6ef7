namespace CoopSim.Simulation.Compiled;

/// <summary>An agency's relay edges for one alert kind: a run of <see cref="KernelTables.RelayList"/>.</summary>
internal readonly record struct RelayRange(int Start, int Count);
