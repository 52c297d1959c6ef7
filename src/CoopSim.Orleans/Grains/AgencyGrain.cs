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

    public async Task<WireWindowOutcome> StartAsync(RunSpec run, int replication, WireMessage[] inbox, long windowEnd)
    {
        if (_host is null || _runId != run.RunId)
        {
            _host = new AgencyHost(await PlanRegistry.GetAsync(run), GrainKeys.AgencyIndex(this.GetPrimaryKeyString()));
            _runId = run.RunId;
        }

        _host.Reset(run.Seed, replication, run.Tracing);
        _replication = replication;
        return Step(_host, inbox, windowEnd);
    }

    public Task<WireWindowOutcome> StepAsync(int replication, WireMessage[] inbox, long windowEnd) =>
        Task.FromResult(Step(Holding(replication), inbox, windowEnd));

    public Task<WireAgencyReport> ReportAsync(int replication) => Task.FromResult(Holding(replication).Report().ToWire());

    private static WireWindowOutcome Step(AgencyHost host, WireMessage[] inbox, long windowEnd)
    {
        foreach (var message in inbox) host.Enqueue(message.FromWire());
        var sent = host.RunUntil(windowEnd);
        return new WindowOutcome(sent, host.NextEventTime).ToWire();
    }

    private AgencyHost Holding(int replication) =>
        _host is not null && _replication == replication
            ? _host
            : throw new AgencyStateLostException($"agency grain {this.GetPrimaryKeyString()} does not hold replication {replication} (it was re-activated)");
}
