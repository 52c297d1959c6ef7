using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;
namespace CoopSim.Simulation.Distributed;

/// <summary>
/// One lane of a <see cref="WindowCoordinator"/>: the replication it runs now, that replication's
/// schedule, the agencies that stepped in it (the only ones with a report to fetch) and the reports fetched.
/// </summary>
internal sealed class CoordinatorLane(IReadOnlyList<long> lookahead)
{
    private readonly bool[] _stepped = new bool[lookahead.Count];

    /// <summary>Index into the coordinator's list of replications; -1 while the lane is idle.</summary>
    public int Position { get; private set; } = -1;

    /// <summary>The replication's schedule: the lane's own, cleared for each replication it runs.</summary>
    public DueSchedule Schedule { get; } = new(lookahead);

    /// <summary>True once the replication has nothing due any more and its reports were asked for.</summary>
    public bool Reporting { get; set; }

    public List<int> SteppedAgencies { get; } = [];

    public List<AgencyReport> Reports { get; } = [];

    public void Assign(int position, IReadOnlyList<AgencyMessage> issues)
    {
        Position = position;
        Schedule.Clear();
        foreach (var message in ListSpan.Of(issues)) Schedule.Post(message);
        Reporting = false;
        foreach (var agency in SteppedAgencies) _stepped[agency] = false;
        SteppedAgencies.Clear();
        Reports.Clear();
    }

    public void Release() => Position = -1;

    /// <summary>Notes that <paramref name="agency"/> steps; true when this is its first step of the replication.</summary>
    public bool Step(int agency)
    {
        if (_stepped[agency]) return false;
        _stepped[agency] = true;
        SteppedAgencies.Add(agency);
        return true;
    }
}
