namespace CoopSim.Bench.LocalCluster;

/// <summary>
/// <c>coopsim silo</c> processes each in a CPU budget of its own (<see cref="CpuBudget"/>), so that N silos stand for N
/// small machines; on a machine without a cgroup CPU controller they share its cores. Disposing stops exactly these
/// silos, then removes their budgets.
/// </summary>
internal sealed class BudgetedSilos : IAsyncDisposable
{
    private readonly IReadOnlyList<CpuBudget> _budgets;

    private BudgetedSilos(SiloProcesses silos, IReadOnlyList<CpuBudget> budgets)
    {
        Silos = silos;
        _budgets = budgets;
    }

    public SiloProcesses Silos { get; }

    public static async Task<BudgetedSilos> StartAsync(RedisServer redis, string cluster, int count, double cores, CoopSimCommand coopsim)
    {
        var budgets = new List<CpuBudget>();
        try
        {
            var silos = await SiloProcesses.StartAsync(redis, cluster, count, i =>
            {
                var budget = CpuBudget.TryCreate($"coopsim-bench-{Environment.ProcessId}-{cluster}-{i}", cores, out _);
                if (budget is null) return coopsim;
                budgets.Add(budget);
                return budget.Wrap(coopsim);
            });
            return new BudgetedSilos(silos, budgets);
        }
        catch
        {
            foreach (var budget in budgets) budget.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Silos.DisposeAsync();
        foreach (var budget in _budgets) budget.Dispose();
    }
}
