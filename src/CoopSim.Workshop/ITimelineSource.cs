namespace CoopSim.Workshop;

/// <summary>Where the hops come from: a live simulation the trainer can change, or a recorded trace.</summary>
public interface ITimelineSource
{
    DateTimeOffset Epoch { get; }

    WorldView World { get; }

    /// <summary>The scenario's name, question, outages and the agency its question is about, for the presenter view.</summary>
    ScenarioView Scenario { get; }

    bool CanChange { get; }

    IReadOnlyList<TimelineHop> Hops { get; }

    /// <summary>Cuts a channel from <paramref name="atMs"/> on and recomputes the timeline; false if it cannot.</summary>
    bool Cut(string channel, long atMs);

    /// <summary>Issues a new alert at <paramref name="atMs"/> and recomputes the timeline; returns its id, or null if it cannot.</summary>
    string? Inject(string origin, string kind, long atMs);
}
