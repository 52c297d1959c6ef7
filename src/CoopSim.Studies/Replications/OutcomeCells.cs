using CoopSim.Simulation.Results;

namespace CoopSim.Studies.Replications;

/// <summary>Cell values shared by the Parquet and CSV replications files, so both say the same.</summary>
internal static class OutcomeCells
{
    /// <summary>Milliseconds as seconds: exact to the millisecond the kernel keeps.</summary>
    public static double Seconds(long ms) => ms / 1000.0;

    /// <summary>The agency's country code, or null for an international body (it has none).</summary>
    public static string? Country(WorldIndex index, int agency) =>
        index.AgencyInternational[agency] || index.AgencyCountries[agency].Length == 0 ? null : index.AgencyCountries[agency];
}
