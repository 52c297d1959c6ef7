using System.Globalization;
using CoopSim.Studies.Advice;

namespace CoopSim.Cli.Rendering;

/// <summary>
/// What a pick buys, in one plain sentence: "the 2021 MOU hotline raises interception of suspect from 8% to
/// 91%, +83 points (80 to 86)". Times: "cuts the median time to act … from 14h to 3h 20m, 10h 40m sooner (…)".
/// </summary>
internal static class AdviceSentence
{
    public static string Of(Objective objective, CandidateGain pick, bool afterEarlierPicks)
    {
        var g = pick.Gain!;
        var name = pick.Candidate.Name;
        var on = afterEarlierPicks ? " on top of the earlier picks" : "";
        if (!objective.IsTime)
        {
            var verb = g.Value >= 0 ? "raises" : "lowers";
            return $"{Capital(name)}{on} {verb} {objective.Description} from {FigureText.Percent(g.Before)} to {FigureText.Percent(g.After)}, "
                + $"{Points(g.Value)} points ({Points(g.Low, signed: false)} to {Points(g.High, signed: false)}).";
        }

        var what = $"{objective.Description} from {FigureText.Hours(g.Before)} to {FigureText.Hours(g.After)}";
        if (double.IsPositiveInfinity(g.Value)) return $"{Capital(name)}{on} makes {objective.Description} finite: {what}.";
        var verb2 = g.Value >= 0 ? "cuts" : "lengthens";
        return $"{Capital(name)}{on} {verb2} {what}, {FigureText.Hours(Math.Abs(g.Value))} {(g.Value >= 0 ? "sooner" : "later")} "
            + $"({FigureText.Hours(g.Low)} to {FigureText.Hours(g.High)}).";
    }

    private static string Points(double share, bool signed = true)
    {
        var text = Math.Abs(share * 100).ToString("0.#", CultureInfo.InvariantCulture);
        return share < 0 ? "−" + text : signed ? "+" + text : text;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
