using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Grains;

/// <summary>An agency as a grain: a kernel <see cref="AgencyHost"/> and nothing else of its own.</summary>
public sealed class AgencyGrain : Grain, IAgencyGrain
{
    private AgencyHost? _host;
    private string? _runId;
    private int _replication = -1;

    public Task ResetAsync(RunSpec run, int replication)
    {
        if (_host is null || _runId != run.RunId)
        {
            _host = new AgencyHost(PlanRegistry.Get(run), GrainKeys.AgencyIndex(this.GetPrimaryKeyString()));
            _runId = run.RunId;
        }

        _host.Reset(run.Seed, replication, run.Tracing);
        _replication = replication;
        return Task.CompletedTask;
    }

    public Task<WireWindowOutcome> StepAsync(int replication, WireMessage[] inbox, long windowEnd)
    {
        var host = Holding(replication);
        foreach (var message in inbox) host.Enqueue(message.FromWire());
        var sent = host.RunUntil(windowEnd);
        return Task.FromResult(new WindowOutcome(sent, host.NextEventTime).ToWire());
    }

    public Task<WireAgencyReport> ReportAsync(int replication) => Task.FromResult(Holding(replication).Report().ToWire());

    private AgencyHost Holding(int replication) =>
        _host is not null && _replication == replication
            ? _host
            : throw new AgencyStateLostException($"agency grain {this.GetPrimaryKeyString()} does not hold replication {replication} (it was re-activated)");
}
