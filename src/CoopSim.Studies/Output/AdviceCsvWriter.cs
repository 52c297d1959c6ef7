using System.Text;
using CoopSim.Studies.Advice;

namespace CoopSim.Studies.Output;

/// <summary>
/// advise as one row per round and candidate, so that a bar chart with error bars is one filter away:
/// round 1 = every candidate alone against the scenario; round k = the rest on top of the picks so far.
/// Gains are positive when better: shares in points of 0–1, times in hours saved; empty = not measurable.
/// </summary>
public static class AdviceCsvWriter
{
    public const string Header = "round,rank,candidate,name,cost,objective,unit,before,after,gain,ci95_low,ci95_high,picked";

    public static string ToCsv(AdviceResult advice)
    {
        var sb = new StringBuilder().Append(Header).Append('\n');
        var unit = advice.Objective.IsTime ? "hours" : "share";
        foreach (var round in advice.Rounds)
        {
            for (var i = 0; i < round.Ranking.Count; i++)
            {
                var row = round.Ranking[i];
                var g = row.Gain;
                sb.Append(round.Number).Append(',').Append(i + 1).Append(',').Append(CsvText.Escape(row.Candidate.Id)).Append(',')
                    .Append(CsvText.Escape(row.Candidate.Name)).Append(',').Append(row.Candidate.Cost is { } c ? CsvText.Number(c) : "").Append(',')
                    .Append(CsvText.Escape(advice.Objective.Text)).Append(',').Append(unit);
                foreach (var v in new[] { g?.Before ?? double.NaN, g?.After ?? double.NaN, g?.Value ?? double.NaN, g?.Low ?? double.NaN, g?.High ?? double.NaN })
                    sb.Append(',').Append(CsvText.Number(v));
                sb.Append(',').Append(ReferenceEquals(round.Picked, row) ? "true" : "false").Append('\n');
            }
        }

        return sb.ToString();
    }
}
