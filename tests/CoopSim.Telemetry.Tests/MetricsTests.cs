using System.Diagnostics.Metrics;
using CoopSim.Model.World;
using CoopSim.Simulation.Tracing;

namespace CoopSim.Telemetry.Tests;

public sealed class MetricsTests
{
    [Fact]
    public void OnReplication_WithMeterListener_CountsMessagesPerChannelAndRecordsTimeToReach()
    {
        // A channel name no other test uses: the instruments are process-wide and other tests may record beside this one.
        const string channel = "metrics-test-channel";
        var messages = new Dictionary<string, long>();
        var reach = 0L;
        var times = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CoopSimTelemetry.Name) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(kv => kv.Key, kv => kv.Value);
            lock (messages)
            {
                if (instrument.Name == "coopsim.messages" && Equals(t[TelemetryAttributes.Channel], channel))
                {
                    var outcome = (string)t[TelemetryAttributes.Outcome]!;
                    messages[outcome] = messages.GetValueOrDefault(outcome) + value;
                }

                if (instrument.Name == "coopsim.reach" && Equals(t[TelemetryAttributes.AlertId], "M-1")) reach += value;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(kv => kv.Key, kv => kv.Value);
            lock (messages)
                if (instrument.Name == "coopsim.time_to_reach" && Equals(t[TelemetryAttributes.AlertId], "M-1")) times.Add(value);
        });
        listener.Start();

        var observer = new TraceObserver(TelemetryRun.Load("korea-desk-wanted.yaml"), TraceTimeMode.Simulated, 1);
        observer.OnReplication(new ReplicationTrace(0, DateTimeOffset.UnixEpoch, [new AlertIssue("M-1", "kr.knpa", 1_000)],
        [
            Hop(0, -1, "kr.knpa.vn-desk", 1_000, 91_000, HopOutcome.Delivered),
            Hop(1, 0, "vn.mps.korea-desk", 91_000, 3_691_000, HopOutcome.Delivered),
            Hop(2, 0, "vn.mps", 91_000, -1, HopOutcome.Lost),
        ]));

        Assert.Equal(2, messages["delivered"]);
        Assert.Equal(1, messages["lost"]);
        Assert.Equal(2, reach);
        Assert.Equal([90.0, 3690.0], times);
    }

    private static HopRecord Hop(int id, int parent, string to, long sent, long act, HopOutcome outcome) =>
        new(id, parent, -1, "M-1", AlertKind.WantedPerson, Priority.Urgent, "kr.knpa", to, "metrics-test-channel", ChannelKind.BilateralDesk,
            sent, act, act, 0, act < 0 ? 0 : act - sent, 0, 0, 0, 0, 1, outcome);
}
