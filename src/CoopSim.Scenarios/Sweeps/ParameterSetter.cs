using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;
using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios.Sweeps;

/// <summary>
/// Sets one parameter of a scenario whose changes are already applied, giving the scenario a planner would
/// get by editing the file by hand (an <c>alter-channels</c> entry, an outage's window, …).
/// </summary>
internal static class ParameterSetter
{
    /// <returns>The changed scenario, or null with <paramref name="error"/> saying why.</returns>
    public static ScenarioModel? Apply(ScenarioModel scenario, ParameterPath path, string value, out string error)
    {
        error = string.Empty;
        var result = path.Collection switch
        {
            "channels" => Channel(scenario, path, value, ref error),
            "agencies" => Agency(scenario, path, value, ref error),
            "outages" => Outage(scenario, path, value, ref error),
            "subjects" => SubjectArrival(scenario, path, value, ref error),
            "alerts" => AlertTime(scenario, path, value, ref error),
            _ => Fail($"unknown collection '{path.Collection}'", ref error),
        };
        if (result is null && error.Length > 0) error = $"{path}={value}: {error}";
        return result;
    }

    /// <summary>Whether the thing the path names exists in the scenario (its channel, agency, outage, subject or alert).</summary>
    public static bool HasTarget(ScenarioModel s, ParameterPath path, out string error)
    {
        error = string.Empty;
        var found = path.Collection switch
        {
            "channels" => IndexOf(s.World.Channels, c => c.Id, path.Id, "channel", ref error),
            "agencies" => IndexOf(s.World.Agencies, a => a.Id, path.Id, "agency", ref error),
            "outages" => s.Outages.Any(o => o.Channel == path.Id) ? 0 : Missing($"the scenario has no outage of channel '{path.Id}'{Suggest.DidYouMean(path.Id, s.Outages.Select(o => o.Channel))}", ref error),
            "subjects" => IndexOf(s.Subjects, x => x.Id, path.Id, "subject", ref error),
            "alerts" => IndexOf(s.Alerts, a => a.Id, path.Id, "alert", ref error),
            _ => Missing($"unknown collection '{path.Collection}'", ref error),
        };
        if (found < 0) error = $"{path}: {error}";
        return found >= 0;
    }

    private static int Missing(string message, ref string error)
    {
        error = message;
        return -1;
    }

    private static ScenarioModel? Channel(ScenarioModel s, ParameterPath path, string value, ref string error)
    {
        var index = IndexOf(s.World.Channels, c => c.Id, path.Id, "channel", ref error);
        if (index < 0) return null;
        var channel = s.World.Channels[index];
        Channel? changed = null;
        switch (path.Property)
        {
            case "latency.median":
                if (DurationOf(value, ref error) is not { } median) return null;
                if (DelayMedian.With(channel.Latency, median, out var why) is not { } latency) return Fail(why, ref error);
                changed = channel with { Latency = latency };
                break;
            case "latency":
                if (DurationOf(value, ref error) is not { } fixedValue) return null;
                changed = channel with { Latency = new FixedDelay(fixedValue) { Basis = channel.Latency.Basis } };
                break;
            case "loss":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var loss) || !double.IsFinite(loss) || loss is < 0 or > 1)
                    return Fail($"'{value}' is not a probability between 0 and 1", ref error);
                changed = channel with { LossProbability = loss };
                break;
        }

        if (changed is null) return Fail($"unknown property '{path.Property}'", ref error);
        if (changed.Latency.Minimum.Milliseconds <= 0) return Fail("a channel's latency must stay above zero (it bounds the kernel's lookahead)", ref error);
        return s with { World = s.World with { Channels = Replace(s.World.Channels, index, changed) } };
    }

    private static ScenarioModel? Agency(ScenarioModel s, ParameterPath path, string value, ref string error)
    {
        var index = IndexOf(s.World.Agencies, a => a.Id, path.Id, "agency", ref error);
        if (index < 0) return null;
        var agency = s.World.Agencies[index];
        Agency changed;
        if (path.Property == "hours")
        {
            if (Hours(value, agency.Hours, ref error) is not { } hours) return null;
            changed = agency with { Hours = hours };
        }
        else
        {
            if (DurationOf(value, ref error) is not { } median) return null;

            // An agency without rules handles everything with the world's default; the sweep makes that explicit.
            var rules = agency.HandlingDelays.Count > 0 ? agency.HandlingDelays : [new HandlingDelay(null, null, s.World.Defaults.Handling)];
            var changedRules = new List<HandlingDelay>();
            foreach (var rule in rules)
            {
                if (DelayMedian.With(rule.Delay, median, out var why) is not { } delay) return Fail(why, ref error);
                changedRules.Add(rule with { Delay = delay });
            }

            changed = agency with { HandlingDelays = changedRules };
        }

        return s with { World = s.World with { Agencies = Replace(s.World.Agencies, index, changed) } };
    }

    private static OfficeHours? Hours(string value, OfficeHours current, ref string error)
    {
        if (value == "24/7") return OfficeHours.Always;
        var parts = value.Split('-');
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
            && (TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close) || parts[1].Trim() == "24:00"))
        {
            var closes = parts[1].Trim() == "24:00" ? 24 * 60 : close.Hour * 60 + close.Minute;
            var opens = open.Hour * 60 + open.Minute;
            if (closes != opens) return OfficeHours.Weekdays(opens, closes, current.UrgentDutyDelay);
            Fail("an office cannot open and close at the same time (use 24/7)", ref error);
            return null;
        }

        Fail($"hours '{value}' must be 24/7 or like 09:00-18:00", ref error);
        return null;
    }

    private static ScenarioModel? Outage(ScenarioModel s, ParameterPath path, string value, ref string error)
    {
        if (DurationOf(value, ref error) is not { } time) return null;
        var outages = s.Outages.ToArray();
        var found = false;
        for (var i = 0; i < outages.Length; i++)
        {
            if (outages[i].Channel != path.Id) continue;
            found = true;
            outages[i] = path.Property == "from" ? outages[i] with { From = time } : outages[i] with { Until = time };
            if (outages[i].Until <= outages[i].From)
                return Fail($"an outage ends after it starts (from {outages[i].From}, until {outages[i].Until})", ref error);
        }

        if (!found) return Fail($"the scenario has no outage of channel '{path.Id}'{Suggest.DidYouMean(path.Id, s.Outages.Select(o => o.Channel))}", ref error);
        return s with { Outages = outages };
    }

    private static ScenarioModel? SubjectArrival(ScenarioModel s, ParameterPath path, string value, ref string error)
    {
        var index = IndexOf(s.Subjects, x => x.Id, path.Id, "subject", ref error);
        if (index < 0) return null;
        if (DurationOf(value, ref error) is not { } arrives) return null;
        var subject = s.Subjects[index];
        if (subject.Itinerary.Count == 0) return Fail($"subject '{path.Id}' has no itinerary", ref error);
        var shift = arrives - subject.Itinerary[0].ArrivesAt;
        var moved = subject with { Itinerary = subject.Itinerary.Select(stop => stop with { ArrivesAt = stop.ArrivesAt + shift }).ToArray() };
        return s with { Subjects = Replace(s.Subjects, index, moved) };
    }

    private static ScenarioModel? AlertTime(ScenarioModel s, ParameterPath path, string value, ref string error)
    {
        var index = IndexOf(s.Alerts, a => a.Id, path.Id, "alert", ref error);
        if (index < 0) return null;
        if (DurationOf(value, ref error) is not { } at) return null;
        if (at.Milliseconds < 0) return Fail("an alert is issued at or after the start", ref error);
        return s with { Alerts = Replace(s.Alerts, index, s.Alerts[index] with { IssuedAt = at }) };
    }

    private static Duration? DurationOf(string value, ref string error)
    {
        if (Duration.TryParse(value, out var d, out var why))
        {
            if (d.Milliseconds >= 0) return d;
            why = "a duration here cannot be negative";
        }

        error = $"'{value}' is not a duration ({why})";
        return null;
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> id, string wanted, string what, ref string error)
    {
        for (var i = 0; i < items.Count; i++)
            if (id(items[i]) == wanted) return i;
        error = $"unknown {what} '{wanted}'{Suggest.DidYouMean(wanted, items.Select(id))}";
        return -1;
    }

    private static T[] Replace<T>(IReadOnlyList<T> items, int index, T value)
    {
        var copy = items.ToArray();
        copy[index] = value;
        return copy;
    }

    private static ScenarioModel? Fail(string message, ref string error)
    {
        error = message;
        return null;
    }
}
