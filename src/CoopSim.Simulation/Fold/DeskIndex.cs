using CoopSim.Simulation.Compiled;

namespace CoopSim.Simulation.Fold;

/// <summary>The agencies with a capacity, numbered as desks in agency order (docs/model.md, "Capacity and queue").</summary>
internal sealed class DeskIndex
{
    private DeskIndex(int[] deskOf, int[] agencies)
    {
        DeskOf = deskOf;
        Agencies = agencies;
    }

    /// <summary>Per agency, its desk number, or -1 without a capacity.</summary>
    public int[] DeskOf { get; }

    /// <summary>Per desk, its agency.</summary>
    public int[] Agencies { get; }

    /// <summary>The world's desks; null when no agency has a capacity, so that such runs fold exactly as before.</summary>
    public static DeskIndex? Of(CompiledWorld world)
    {
        var agencies = Enumerable.Range(0, world.Agencies.Length).Where(a => world.Agencies[a].Capacity > 0).ToArray();
        if (agencies.Length == 0) return null;
        var deskOf = new int[world.Agencies.Length];
        Array.Fill(deskOf, -1);
        for (var d = 0; d < agencies.Length; d++) deskOf[agencies[d]] = d;
        return new DeskIndex(deskOf, agencies);
    }
}
