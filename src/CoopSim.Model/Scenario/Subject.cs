namespace CoopSim.Model.Scenario;

/// <summary>The person an alert is about, and where they travel.</summary>
public sealed record Subject(string Id, string Name, IReadOnlyList<ItineraryStop> Itinerary);
