using System.CommandLine;
using CoopSim.Studies.Advice;

namespace CoopSim.Cli.Commands;

/// <summary>advise's ranking options: <c>--rank gain|per-cost</c> and <c>--budget</c>, checked into an <see cref="AdvicePlan"/>.</summary>
internal static class AdviseOptions
{
    public static Option<string> Rank()
    {
        var rank = new Option<string>("--rank")
        {
            Description = "gain (what each buys) or per-cost (what each buys per unit of its cost; candidates without a cost last).",
            DefaultValueFactory = _ => "gain",
        };
        rank.AcceptOnlyFromAmong("gain", "per-cost");
        return rank;
    }

    public static Option<double?> Budget() => new("--budget")
    {
        Description = "The most the picks may cost together (the candidates' cost: values); a candidate over what is left is measured but not picked.",
    };

    /// <exception cref="CliException">A budget that is negative or not a finite number.</exception>
    public static AdvicePlan Plan(int pick, string rank, double? budget)
    {
        if (budget is { } b && (!double.IsFinite(b) || b < 0))
            throw new CliException("coopsim: error: --budget must be a finite number of at least 0");
        return new AdvicePlan(pick, rank == "per-cost" ? AdviceRanking.GainPerCost : AdviceRanking.Gain, budget);
    }
}
