using CoopSim.Simulation.Distributed;

namespace CoopSim.Simulation.Tests;

/// <summary>Records which agency stepped in which lane and window (by window end), and counts round trips, passing every call through.</summary>
internal sealed class StepRecordingCluster(IAgencyCluster inner) : IAgencyCluster
{
    public List<(int Lane, long WindowEnd, int Agency, bool First)> Steps { get; } = [];

    public List<(int Lane, int Agency)> Reports { get; } = [];

    public int Calls { get; private set; }

    public void Begin(ulong seed, bool tracing) => inner.Begin(seed, tracing);

    public Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work)
    {
        lock (Steps)
        {
            Calls++;
            foreach (var piece in work)
            {
                if (piece.Kind == AgencyWorkKind.Report) Reports.Add((piece.Lane, agency));
                else Steps.Add((piece.Lane, piece.WindowEnd, agency, piece.Kind == AgencyWorkKind.Start));
            }
        }

        return inner.CallAsync(agency, work);
    }
}
