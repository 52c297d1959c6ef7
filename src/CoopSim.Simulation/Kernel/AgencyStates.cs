using CoopSim.Simulation.Compiled;
using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Simulation.Kernel;

/// <summary>
/// The states of every agency of one kernel, with their acted bits and channel counters in two shared flat
/// tables (by agency and by edge), so that the event loop can prefetch them by index for the next event.
/// </summary>
internal sealed class AgencyStates
{
    private AgencyStates(AgencyState[] states, ulong[] acted, int actedWords, ChannelCounters[] counters)
    {
        States = states;
        Reached = Array.ConvertAll(states, s => s.Reached);
        Acted = acted;
        ActedWords = actedWords;
        Counters = counters;
    }

    public AgencyState[] States { get; }

    /// <summary>Each state's reach list, by agency: a partition's <see cref="ReachLog"/> files into them by index when a path reads agencies' lists.</summary>
    public ReachList[] Reached { get; }

    /// <summary><see cref="ActedWords"/> words per agency, in agency order.</summary>
    public ulong[] Acted { get; }

    public int ActedWords { get; }

    /// <summary>One per edge, in edge order (an agency's out-edges are adjacent).</summary>
    public ChannelCounters[] Counters { get; }

    public static AgencyStates Create(CompiledWorld world)
    {
        var agencies = world.Agencies.Length;
        var words = AgencyState.ActedWords(world.Alerts.Length);
        var acted = new ulong[agencies * words];
        var counters = new ChannelCounters[world.Edges.Length];
        var states = new AgencyState[agencies];
        for (var i = 0; i < agencies; i++)
        {
            // An agency without out-edges reports 0 as its first, as it always has.
            var (first, count) = world.OutEdgeRange(i);
            states[i] = new AgencyState(i, world.Alerts.Length, count, count > 0 ? first : 0, acted, counters);
        }

        return new AgencyStates(states, acted, words, counters);
    }
}
