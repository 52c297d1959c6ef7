using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;
using CoopSim.Simulation.Results;
using Orleans.Concurrency;

namespace CoopSim.Orleans.Grains;

/// <summary>An agency as a grain: a kernel <see cref="AgencyHost"/> per lane of its slot, and nothing else of its own.</summary>
internal sealed class AgencyGrain : Grain, IAgencyGrain
{
    private SimulationPlan? _plan;
    private string? _runId;
    private AgencyHost?[] _hosts = [];
    private int[] _replications = [];

    public Task<Immutable<AgencyAnswer[]>> WorkAsync(RunSpec? run, Immutable<AgencyWork[]> work) =>
        run is not null && _runId != run.RunId ? LoadPlanThenWorkAsync(run, work.Value) : Task.FromResult(Work(run, work.Value).AsImmutable());

    private async Task<Immutable<AgencyAnswer[]>> LoadPlanThenWorkAsync(RunSpec run, AgencyWork[] work)
    {
        _plan = await PlanRegistry.GetAsync(run);
        _runId = run.RunId;
        _hosts = [];
        _replications = [];
        return Work(run, work).AsImmutable();
    }

    public Task EndRunAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private AgencyAnswer[] Work(RunSpec? run, AgencyWork[] work)
    {
        var answers = new AgencyAnswer[work.Length];
        for (var i = 0; i < work.Length; i++)
        {
            var piece = work[i];
            var host = piece.Kind == AgencyWorkKind.Start ? Start(run, piece) : Holding(piece.Lane, piece.Replication);
            if (piece.Kind == AgencyWorkKind.Report)
            {
                answers[i] = new AgencyAnswer(piece.Lane, null, host.Report());
                continue;
            }

            foreach (var message in ListSpan.Of(piece.Inbox)) host.Enqueue(message);
            var sent = host.RunUntil(piece.WindowEnd);
            answers[i] = new AgencyAnswer(piece.Lane, new WindowOutcome(sent, host.NextEventTime), null);
        }

        return answers;
    }

    private AgencyHost Start(RunSpec? run, AgencyWork piece)
    {
        if (run is null || _plan is null) throw new InvalidOperationException($"agency grain {this.GetPrimaryKeyString()} was asked to start a lane without its run");
        if (_hosts.Length <= piece.Lane)
        {
            Array.Resize(ref _hosts, piece.Lane + 1);
            Array.Resize(ref _replications, piece.Lane + 1);
        }

        var host = _hosts[piece.Lane] ??= new AgencyHost(_plan, GrainKeys.AgencyIndex(this.GetPrimaryKeyString()));
        host.Reset(run.Seed, piece.Replication, run.Tracing);
        _replications[piece.Lane] = piece.Replication;
        return host;
    }

    private AgencyHost Holding(int lane, int replication) =>
        lane < _hosts.Length && _hosts[lane] is { } host && _replications[lane] == replication
            ? host
            : throw new AgencyStateLostException($"agency grain {this.GetPrimaryKeyString()} does not hold replication {replication} in lane {lane} (it was re-activated)");
}
