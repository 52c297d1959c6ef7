namespace CoopSim.Simulation.Distributed;

/// <summary>Agency hosts in this process: the reference a distributed engine must agree with, and a test double for one.</summary>
public sealed class LocalAgencyCluster(SimulationPlan plan) : IAgencyCluster
{
    // Per lane, per agency; made when an agency first steps and reused by later replications of the lane.
    private AgencyHost?[][] _lanes = [];
    private int[] _replications = [];
    private ulong _seed;
    private bool _tracing;

    public void BeginReplications(ulong seed, IReadOnlyList<int> replications, bool tracing)
    {
        (_seed, _tracing, _replications) = (seed, tracing, replications.ToArray());
        if (_lanes.Length >= replications.Count) return;
        var grown = new AgencyHost?[replications.Count][];
        for (var lane = 0; lane < grown.Length; lane++) grown[lane] = lane < _lanes.Length ? _lanes[lane] : new AgencyHost?[plan.AgencyCount];
        _lanes = grown;
    }

    public Task<IReadOnlyList<AgencyAnswer>> CallAsync(int agency, IReadOnlyList<AgencyWork> work)
    {
        var answers = new AgencyAnswer[work.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var piece = work[i];
            var host = _lanes[piece.Lane][agency] ??= new AgencyHost(plan, agency);
            if (piece.Kind == AgencyWorkKind.Report)
            {
                answers[i] = new AgencyAnswer(piece.Lane, null, host.Report());
                continue;
            }

            if (piece.Kind == AgencyWorkKind.Start) host.Reset(_seed, _replications[piece.Lane], _tracing);
            foreach (var message in piece.Inbox) host.Enqueue(message);
            var sent = host.RunUntil(piece.WindowEnd);
            answers[i] = new AgencyAnswer(piece.Lane, new WindowOutcome(sent, host.NextEventTime), null);
        }

        return Task.FromResult<IReadOnlyList<AgencyAnswer>>(answers);
    }
}
