namespace CoopSim.Workshop;

/// <summary>
/// The presenter view's last slide: the question, and its answer for the one run the room has just watched
/// (how long until the question's agency could act, and whether that was within the time asked).
/// </summary>
internal sealed record EndSlide(string Answer, string Note)
{
    public static EndSlide Of(ScenarioView scenario, IReadOnlyList<TimelineHop> hops, WorldView world, DateTimeOffset epoch)
    {
        const string note = "One run of many: coopsim run gives how often, over every run.";
        if (scenario.Target is not { } target)
        {
            var agencies = hops.Where(h => h.Outcome is "delivered" or "issued").Select(h => h.To).Distinct(StringComparer.Ordinal).Count();
            var countries = hops.Where(h => h.Outcome is "delivered" or "issued").Select(h => world.CountryOf(h.To)).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            return new EndSlide($"In this run the alerts reached {agencies} agencies in {countries} countries.", note);
        }

        if (target.Agency is null && target.Country is null)
        {
            var reached = hops.Where(h => h.Alert == target.Alert && h.Outcome is "delivered" or "issued").Select(h => h.To).Distinct(StringComparer.Ordinal).Count();
            return new EndSlide($"In this run alert {target.Alert} reached {reached} agencies.", note);
        }

        bool IsTarget(string agency) => target.Agency is { } id ? agency == id : world.CountryOf(agency) == target.Country;
        var acts = hops.Where(h => h.Alert == target.Alert && h.Outcome is "delivered" or "issued" && IsTarget(h.To)).ToArray();
        var who = target.Agency is { } agencyId ? world.NameOf(agencyId) : world.Countries.FirstOrDefault(c => c.Code == target.Country)?.Name ?? target.Country!;
        if (acts.Length == 0) return new EndSlide($"In this run {who} never got alert {target.Alert}.", note);
        var first = acts.MinBy(h => h.ActMs)!;
        var elapsed = first.ActMs - first.IssuedMs;
        var verdict = target.WithinMs is { } within
            ? elapsed <= within ? $": within the {Narrator.Elapsed(within)} asked" : $": later than the {Narrator.Elapsed(within)} asked"
            : "";
        var place = target.Agency is null ? $" ({world.NameOf(first.To)})" : "";
        return new EndSlide(
            $"In this run {who}{place} could act {Narrator.Elapsed(elapsed)} after alert {target.Alert} was issued, at {Narrator.Clock(first.ActMs, first.To, world, epoch, first.IssuedMs)}{verdict}.",
            note);
    }
}
