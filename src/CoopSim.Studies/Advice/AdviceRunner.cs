using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Advice;
using CoopSim.Simulation.Engine;

namespace CoopSim.Studies.Advice;

/// <summary>
/// Ranks candidates by their gain on an objective, every run with the same seed and replications (common
/// random numbers, so a gain is a paired difference), and picks greedily: after each pick the remaining
/// candidates are measured again on top of the picks, because gains do not add up (two desks on the same
/// route buy the same minutes once).
/// </summary>
public sealed class AdviceRunner(ISimulationEngine engine, RunOptions options, Func<IReadOnlyList<Candidate>, ScenarioModel?> build)
{
    public async Task<AdviceResult> RunAsync(string scenarioName, IReadOnlyList<Candidate> candidates, Objective objective, int pick,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var picked = new List<Candidate>();
        var rounds = new List<AdviceRound>();
        var roundCount = Math.Max(1, Math.Min(pick, candidates.Count));
        for (var round = 1; round <= roundCount; round++)
        {
            var baseModel = build(picked) ?? throw new InvalidOperationException("the picks so far no longer combine");
            progress?.Report($"round {round}: base{(picked.Count > 0 ? " + " + string.Join(" + ", picked.Select(p => p.Id)) : "")}");
            var baseRun = await engine.RunAsync(baseModel, options, cancellationToken: cancellationToken);
            var gains = new List<CandidateGain>();
            foreach (var candidate in candidates.Where(c => !picked.Contains(c)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var model = build([.. picked, candidate]);
                if (model is null)
                {
                    gains.Add(new CandidateGain(candidate, null, $"does not combine with {string.Join(", ", picked.Select(p => p.Id))}"));
                    continue;
                }

                progress?.Report($"round {round}: {candidate.Id}");
                var run = await engine.RunAsync(model, options, cancellationToken: cancellationToken);
                gains.Add(new CandidateGain(candidate, objective.Measure(baseRun, run, options.Seed)));
            }

            var ranking = Rank(gains);
            var best = ranking.Count > 0 && ranking[0].Gain is { IsMeasurable: true, Value: > 0 } ? ranking[0] : null;
            var pickedBefore = picked.Select(p => p.Id).ToArray();
            rounds.Add(new AdviceRound(round, pickedBefore, ranking, best));
            if (best is null) break;
            picked.Add(best.Candidate);
        }

        return new AdviceResult(scenarioName, objective, options.Seed, options.Replications, rounds);
    }

    /// <summary>Best gain first; unmeasurable and uncombinable candidates last; ties by id, so the order is deterministic.</summary>
    public static IReadOnlyList<CandidateGain> Rank(IEnumerable<CandidateGain> gains) => gains
        .OrderBy(g => g.Gain is { IsMeasurable: true } ? 0 : 1)
        .ThenByDescending(g => g.Gain is { IsMeasurable: true } x ? x.Value : 0)
        .ThenBy(g => g.Candidate.Id, StringComparer.Ordinal)
        .ToArray();
}
