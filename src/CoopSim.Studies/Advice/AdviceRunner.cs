using CoopSim.Model.Scenario;
using CoopSim.Scenarios.Advice;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Scheduling;

namespace CoopSim.Studies.Advice;

/// <summary>
/// Ranks candidates by their gain on an objective, every run with the same seed and replications (common
/// random numbers, so a gain is a paired difference), and picks greedily: after each pick the remaining
/// candidates are measured again on top of the picks, because gains do not add up (two desks on the same
/// route buy the same minutes once). A round's runs (its base and every candidate) may run side by side
/// (<paramref name="runsSideBySide"/>, a few on a cluster); the gains are listed in candidate order whatever finished first.
/// </summary>
public sealed class AdviceRunner(ISimulationEngine engine, RunOptions options, Func<IReadOnlyList<Candidate>, ScenarioModel?> build, int runsSideBySide = 1)
{
    public Task<AdviceResult> RunAsync(string scenarioName, IReadOnlyList<Candidate> candidates, Objective objective, int pick,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(scenarioName, candidates, objective, new AdvicePlan(pick), progress, cancellationToken);

    public async Task<AdviceResult> RunAsync(string scenarioName, IReadOnlyList<Candidate> candidates, Objective objective, AdvicePlan plan,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var picked = new List<Candidate>();
        var rounds = new List<AdviceRound>();
        var roundCount = Math.Max(1, Math.Min(plan.Pick, candidates.Count));
        string? stopped = null;
        for (var round = 1; round <= roundCount; round++)
        {
            var baseModel = build(picked) ?? throw new InvalidOperationException("the picks so far no longer combine");
            var left = plan.Budget - picked.Sum(p => p.Cost ?? 0);
            var remaining = candidates.Where(c => !picked.Contains(c)).ToArray();
            // Built one after another (building reads files); run side by side.
            var models = remaining.Select(candidate => build([.. picked, candidate])).ToArray();
            // The base first, then the candidates, in order.
            var labels = remaining.Select(c => c.Id).Prepend(picked.Count > 0 ? "base + " + string.Join(" + ", picked.Select(p => p.Id)) : "base").ToArray();
            var runs = SideBySide.Start<SimulationRun?>(labels.Length, runsSideBySide, async index =>
            {
                var model = index == 0 ? baseModel : models[index - 1];
                if (model is null) return null;
                progress?.Report($"round {round}: {labels[index]}");
                return await engine.RunAsync(model, options, cancellationToken: cancellationToken);
            }, cancellationToken);
            var baseRun = (await runs[0])!;
            var gains = new List<CandidateGain>();
            for (var i = 0; i < remaining.Length; i++)
            {
                var run = await runs[i + 1];
                // A run keeps every replication's metrics (gains are paired): let each go once measured.
                runs[i + 1] = Measured;
                gains.Add(run is null
                    ? new CandidateGain(remaining[i], null, $"does not combine with {string.Join(", ", picked.Select(p => p.Id))}")
                    // Measured even when the budget rules it out, so that the planner sees what the money would buy.
                    : new CandidateGain(remaining[i], objective.Measure(baseRun, run, options.Seed), OverBudget(remaining[i], left)));
            }

            var ranking = Rank(gains, plan.Ranking);
            var best = ranking.FirstOrDefault(g => g.Problem is null && g.Gain is { IsMeasurable: true, Value: > 0 });
            var pickedBefore = picked.Select(p => p.Id).ToArray();
            rounds.Add(new AdviceRound(round, pickedBefore, ranking, best));
            if (best is null)
            {
                stopped = WhyNone(ranking, objective, left);
                break;
            }

            picked.Add(best.Candidate);
        }

        stopped ??= picked.Count == candidates.Count && picked.Count < plan.Pick
            ? $"every candidate is picked ({picked.Count} of the {plan.Pick} asked for)"
            : $"picked {picked.Count} as asked (--pick {plan.Pick})";
        return new AdviceResult(scenarioName, objective, options.Seed, options.Replications, rounds)
        {
            Ranking = plan.Ranking,
            Budget = plan.Budget,
            Stopped = stopped,
        };
    }

    private static readonly Task<SimulationRun?> Measured = Task.FromResult<SimulationRun?>(null);

    /// <summary>Why a candidate may not be picked under the budget; null when it may.</summary>
    private static string? OverBudget(Candidate candidate, double? left)
    {
        if (left is not { } remaining) return null;
        if (candidate.Cost is not { } cost) return "has no cost, so --budget cannot weigh it";
        return cost > remaining + 1e-9 ? FormattableString.Invariant($"costs {cost:0.##}, over the {remaining:0.##} left of the budget") : null;
    }

    private static string WhyNone(IReadOnlyList<CandidateGain> ranking, Objective objective, double? left)
    {
        if (ranking.Count == 0) return "no candidate is left to measure";
        var gaining = ranking.Where(g => g.Gain is { IsMeasurable: true, Value: > 0 }).ToArray();
        if (gaining.Length > 0 && gaining.All(g => g.Problem is not null))
            return FormattableString.Invariant($"the {gaining.Length} candidate{(gaining.Length == 1 ? "" : "s")} that would improve {objective.Description} ")
                + (left is { } remaining ? FormattableString.Invariant($"cost more than the {remaining:0.##} left of the budget or have no cost") : "cannot be combined with the picks");
        if (ranking.All(g => g.Gain is not { IsMeasurable: true }))
            return $"no remaining candidate changes {objective.Description} measurably (the objective is not reached with or without them)";
        return $"no remaining candidate improves {objective.Description}: the best, {ranking[0].Candidate.Id}, gains nothing or loses";
    }

    /// <summary>Best gain first; unmeasurable and uncombinable candidates last; ties by id, so the order is deterministic.</summary>
    public static IReadOnlyList<CandidateGain> Rank(IEnumerable<CandidateGain> gains) => Rank(gains, AdviceRanking.Gain);

    /// <summary>
    /// By gain, or by gain per unit of cost (a free candidate with a gain first; candidates without a cost after
    /// those with one); unmeasurable and uncombinable candidates last; ties by gain, then id, so the order is deterministic.
    /// </summary>
    public static IReadOnlyList<CandidateGain> Rank(IEnumerable<CandidateGain> gains, AdviceRanking ranking) => gains
        .OrderBy(g => g.Gain is { IsMeasurable: true } ? 0 : 1)
        .ThenBy(g => ranking == AdviceRanking.GainPerCost && PerCost(g) is null ? 1 : 0)
        .ThenByDescending(g => ranking == AdviceRanking.GainPerCost ? PerCost(g) ?? 0 : 0)
        .ThenByDescending(g => g.Gain is { IsMeasurable: true } x ? x.Value : 0)
        .ThenBy(g => g.Candidate.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Gain per unit of cost; null without a cost or a measurable gain.</summary>
    public static double? PerCost(CandidateGain g)
    {
        if (g.Gain is not { IsMeasurable: true } gain || g.Candidate.Cost is not { } cost) return null;
        if (cost > 0) return gain.Value / cost;
        return gain.Value > 0 ? double.PositiveInfinity : gain.Value < 0 ? double.NegativeInfinity : 0;
    }
}
