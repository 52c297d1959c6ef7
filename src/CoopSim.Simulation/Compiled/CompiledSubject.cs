namespace CoopSim.Simulation.Compiled;

/// <summary>A subject's itinerary as (country index, arrival ms) pairs.</summary>
internal sealed record CompiledSubject(string Id, int[] StopCountries, long[] StopArrivalsMs, int[] Alerts);
