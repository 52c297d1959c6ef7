using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Simulation.Results;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Simulation.Tests.Rules;

/// <summary>Runs a rule's tiny scenario and reads the figures its test pins (docs/model.md names each test).</summary>
internal static class RuleRuns
{
    public static readonly Duration Minute = Duration.FromMinutes(1);
    public static readonly Duration Hour = Duration.FromHours(1);

    public static SimulationResult Result(ScenarioModel scenario, int replications = 1) => RunHelpers.Run(scenario, replications).Result;

    /// <summary>The agency's row for alert <paramref name="alert"/>, or null when it was never listed (never reached, out of scope).</summary>
    public static AgencyReach? Agency(SimulationResult result, string agency, int alert = 0) =>
        result.Alerts[alert].Agencies.SingleOrDefault(a => a.Agency == agency && a.Reached.Successes > 0);

    /// <summary>Seconds from the alert's issue until the agency could act, in a run where every delay is fixed.</summary>
    public static double ActsAtS(SimulationResult result, string agency, int alert = 0) =>
        (Agency(result, agency, alert) ?? throw new Xunit.Sdk.XunitException($"{agency} never acted on alert {alert}")).TimeToReach.Mean;

    public static ChannelResult Channel(SimulationResult result, string id) => result.Channels.Single(c => c.Id == id);

    /// <summary>Every hop of one traced replication.</summary>
    public static IReadOnlyList<HopRecord> Hops(ScenarioModel scenario)
    {
        var observer = new DeterminismTests.CollectingObserver();
        RunHelpers.Run(scenario, 1, observer: observer);
        return observer.Traces.Single().Hops;
    }
}
