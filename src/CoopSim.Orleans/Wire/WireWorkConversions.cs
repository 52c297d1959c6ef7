using CoopSim.Simulation.Distributed;

namespace CoopSim.Orleans.Wire;

/// <summary>Field-for-field copies of the coordinator's per-lane work and answers (see <see cref="WireConversions"/>).</summary>
public static class WireWorkConversions
{
    private static readonly WireMessage[] NoMessages = [];

    public static WireAgencyWork ToWire(this AgencyWork w) => new()
    {
        Lane = w.Lane, Replication = w.Replication, Kind = (byte)w.Kind, Inbox = ToWire(w.Inbox), WindowEnd = w.WindowEnd,
    };

    public static WireMessage[] ToWire(IReadOnlyList<AgencyMessage> messages)
    {
        if (messages.Count == 0) return NoMessages;
        var wire = new WireMessage[messages.Count];
        for (var i = 0; i < wire.Length; i++) wire[i] = messages[i].ToWire();
        return wire;
    }

    public static AgencyMessage[] FromWire(WireMessage[] messages)
    {
        if (messages.Length == 0) return [];
        var kernel = new AgencyMessage[messages.Length];
        for (var i = 0; i < kernel.Length; i++) kernel[i] = messages[i].FromWire();
        return kernel;
    }

    public static AgencyAnswer FromWire(this WireAgencyAnswer a) => new(
        a.Lane,
        a.Outcome is { } o ? new WindowOutcome(FromWire(o.Sent), o.NextEventTime) : null,
        a.Report?.FromWire());
}
