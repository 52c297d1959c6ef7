using CoopSim.Model.Distributions;
using CoopSim.Model.World;

namespace CoopSim.Simulation.Compiled;

/// <summary>An agency with its lookups flattened into arrays for the hot path.</summary>
internal sealed class CompiledAgency
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required int Country { get; init; }
    public required bool International { get; init; }
    public required Capability Capabilities { get; init; }
    public required long UtcOffsetMs { get; init; }

    /// <summary>Bit <c>1 &lt;&lt; (int)DayOfWeek</c> set for each weekend day.</summary>
    public required int WeekendMask { get; init; }

    public required bool AlwaysOpen { get; init; }
    public required long OpensMs { get; init; }
    public required long ClosesMs { get; init; }
    public required DelayDistribution UrgentDutyDelay { get; init; }

    /// <summary>Handling delay by <c>kind * 2 + priority</c>.</summary>
    public required DelayDistribution[] Handling { get; init; }

    /// <summary>Outgoing edges the relay policy uses, by alert kind; empty when the agency does not relay that kind.</summary>
    public required int[][] RelayEdges { get; init; }

    /// <summary>Every outgoing edge, for an origin whose alert names no channels and which has no relay policy.</summary>
    public required int[] OutEdges { get; init; }

    public required bool HasRelayPolicy { get; init; }

    /// <summary>Officers who handle alerts at once; 0 when unlimited (docs/model.md, "Capacity and queue").</summary>
    public int Capacity { get; init; }
}
