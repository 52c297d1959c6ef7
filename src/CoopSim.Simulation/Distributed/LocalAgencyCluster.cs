namespace CoopSim.Simulation.Distributed;

/// <summary>Agency hosts in this process: the reference a distributed engine must agree with, and a test double for one.</summary>
public sealed class LocalAgencyCluster(SimulationPlan plan) : IAgencyCluster
{
    // Per lane, per agency; made when an agency first steps in a lane and reused by the lane's later replications.
    private readonly List<AgencyHost?[]> _lanes = [];
    private ulong _seed;
    private bool _tracing;

    public void Begin(ulong seed, bool tracing) => (_seed, _tracing) = (seed, tracing);

    public Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work)
    {
        var answers = new AgencyAnswer[work.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var piece = work[i];
            while (_lanes.Count <= piece.Lane) _lanes.Add(new AgencyHost?[plan.AgencyCount]);
            var host = _lanes[piece.Lane][agency] ??= new AgencyHost(plan, agency);
            if (piece.Kind == AgencyWorkKind.Report)
            {
                answers[i] = new AgencyAnswer(piece.Lane, null, host.Report());
                continue;
            }

            if (piece.Kind == AgencyWorkKind.Start) host.Reset(_seed, piece.Replication, _tracing);
            foreach (var message in piece.Inbox) host.Enqueue(message);
            var sent = host.RunUntil(piece.WindowEnd);
            answers[i] = new AgencyAnswer(piece.Lane, new WindowOutcome(sent, host.NextEventTime), null);
        }

        return Task.FromResult<IReadOnlyList<AgencyAnswer>>(answers);
    }
}
