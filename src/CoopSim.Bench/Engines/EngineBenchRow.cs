namespace CoopSim.Bench.Engines;

/// <summary>One timed run of <c>coopsim bench-engines</c>; <paramref name="Note"/> says how a cluster run spread over its silos.</summary>
public sealed record EngineBenchRow(string World, string Engine, int Replications, long Events, double Seconds, string Note = "")
{
    public double EventsPerSecond => Events / Seconds;
}
