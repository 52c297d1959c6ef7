using System.Text.Json;
using CoopSim.Studies.Advice;

namespace CoopSim.Studies.Output;

/// <summary>advise as JSON (<c>coopsim.advise/1</c>): the objective, the picks, and every round's ranking with paired 95% intervals.</summary>
public static class AdviceJsonWriter
{
    public static string ToJson(AdviceResult advice)
    {
        return JsonText.Document("coopsim.advise/1", w =>
        {
            w.WriteString("scenario", advice.Scenario);
            w.WriteString("objective", advice.Objective.Text);
            w.WriteString("unit", advice.Objective.IsTime ? "hours" : "share");
            w.WriteNumber("seed", advice.Seed);
            w.WriteNumber("replications", advice.Replications);
            w.WriteStrings("picks", advice.Picks.Select(p => p.Candidate.Id));
            w.WriteStartArray("rounds");
            foreach (var round in advice.Rounds)
            {
                w.WriteStartObject();
                w.WriteNumber("round", round.Number);
                w.WriteStrings("given", round.PickedBefore);
                w.WriteStartArray("ranking");
                foreach (var row in round.Ranking)
                {
                    w.WriteStartObject();
                    w.WriteString("candidate", row.Candidate.Id);
                    w.WriteString("name", row.Candidate.Name);
                    if (row.Candidate.Cost is { } cost) w.WriteRounded("cost", cost);
                    if (row.Gain is { } g)
                    {
                        w.WriteRounded("before", g.Before);
                        w.WriteRounded("after", g.After);
                        w.WriteRounded("gain", g.Value);
                        w.WriteInterval(g.Low, g.High);
                    }
                    if (row.Problem is { } problem) w.WriteString("problem", problem);

                    w.WriteBoolean("picked", ReferenceEquals(round.Picked, row));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("ranked_by", advice.Ranking == AdviceRanking.GainPerCost ? "per-cost" : "gain");
            if (advice.Budget is { } budget) w.WriteRounded("budget", budget);
            if (advice.Stopped is { } stopped) w.WriteString("stopped", stopped);
            w.WriteStartArray("not_applicable");
            foreach (var skipped in advice.NotApplicable)
            {
                w.WriteStartObject();
                w.WriteString("candidate", skipped.Candidate.Id);
                w.WriteString("reason", skipped.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }
}
