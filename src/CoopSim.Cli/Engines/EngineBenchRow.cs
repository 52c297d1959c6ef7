namespace CoopSim.Cli.Engines;

/// <summary>One timed run of <c>coopsim bench-engines</c>.</summary>
public sealed record EngineBenchRow(string World, string Engine, int Replications, long Events, double Seconds)
{
    public double EventsPerSecond => Events / Seconds;
}
