namespace CoopSim.Orleans.Hosting;

/// <summary>
/// Says once per client, on standard error, that it is waiting for its cluster to come back and for how long
/// (<c>--cluster-wait</c>), so a run that goes quiet while every silo is gone is not taken for a hang.
/// </summary>
internal sealed class ClusterWaitNotice(TextWriter? status, ClusterAddress cluster)
{
    private int _said;

    public ClusterAddress Cluster { get; } = cluster;

    public void SayOnce(TimeSpan wait)
    {
        if (status is null || Interlocked.Exchange(ref _said, 1) != 0) return;
        status.WriteLine($"coopsim: waiting for the cluster (up to {wait.TotalSeconds:0} s): {Cluster.Describe()}…");
    }
}
