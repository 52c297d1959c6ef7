using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>One alert in one replication: who could act (ordered by agency index) and how many relays were lost.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.alert-replication")]
public sealed record AlertReplication(IReadOnlyList<ReachRecord> Reached, int LostRelays)
{
    public bool TryGet(int agency, out ReachRecord record)
    {
        // Reached is ordered by agency index, so a binary search finds an agency.
        int lo = 0, hi = Reached.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var a = Reached[mid].Agency;
            if (a == agency)
            {
                record = Reached[mid];
                return true;
            }

            if (a < agency) lo = mid + 1;
            else hi = mid - 1;
        }

        record = default;
        return false;
    }
}
