using System.Globalization;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Studies.Answers;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// The answer to a scenario's question in one plain sentence, e.g. "MPS Viet Nam can act on W-1 within a day
/// in 97.8% of runs; median 8h 21m, 9 runs in 10 by 12h 38m." Shared by `run` and `report`.
/// </summary>
internal static class AnswerSentence
{
    public static string Of(ScenarioAnswer answer, ScenarioModel scenario, WorldNames names)
    {
        var target = answer.Target;
        if (target.Subject is { } subjectId)
        {
            var subject = scenario.Subjects.FirstOrDefault(s => s.Id == subjectId)?.Name ?? subjectId;
            return $"{subject} is stopped in time in {Percent.Of(answer.Reached.Value)} of runs.";
        }

        var who = target.Agency is { } agency ? names.AgencyShort(agency) : $"the first agency in {names.Country(target.Country!)}";
        var share = answer.WithinShare is { } within && target.Within is { } limit
            ? $"can act on {target.Alert} within {HumanDuration.InWords(limit)} in {Percent.Of(within.Value)} of runs"
            : $"can act on {target.Alert} in {Percent.Of(answer.Reached.Value)} of runs";
        return $"{Capitalised(who)} {share}; {Timing(answer)}.";
    }

    /// <summary>The interval behind the sentence's headline share, for the line under it.</summary>
    public static string Interval(ScenarioAnswer answer)
    {
        var p = answer.WithinShare ?? answer.Reached;
        return $"95% interval {Percent.Range(p.CiLow, p.CiHigh)}";
    }

    private static string Timing(ScenarioAnswer answer)
    {
        if (double.IsPositiveInfinity(answer.MedianHours)) return "in most runs it never gets there";
        var median = $"median {HumanDuration.FromHours(answer.MedianHours)}";
        return double.IsPositiveInfinity(answer.P90Hours)
            ? $"{median}, but more than 1 run in 10 never gets there"
            : $"{median}, 9 runs in 10 by {HumanDuration.FromHours(answer.P90Hours)}";
    }

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
