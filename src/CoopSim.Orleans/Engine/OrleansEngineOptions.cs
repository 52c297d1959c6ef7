namespace CoopSim.Orleans.Engine;

/// <summary>How the Orleans engine spreads a run.</summary>
public sealed record OrleansEngineOptions
{
    public OrleansEngineMode Mode { get; init; } = OrleansEngineMode.AgencyGrains;

    /// <summary>Replication worker grains per run (replications path): how many replications run at once across the cluster.</summary>
    public int ReplicationSlots { get; init; } = DefaultReplicationSlots;

    /// <summary>
    /// Eight replications in flight per core, for replication grains (measured when agency grains still ran
    /// one replication per slot: 16 slots ran 1,000 starter runs about 20% faster than 4).
    /// </summary>
    public static int DefaultReplicationSlots { get; } = 8 * Environment.ProcessorCount;

    /// <summary>
    /// Coordinator slots per run on agency grains. Each slot runs replications side by side in lanes, so a
    /// slot per core keeps the cores busy; more slots only multiply the grains a run activates (each holds
    /// an agency's state per lane) and the grain calls (measured on the starter: 2 slots of 8 lanes ran
    /// 1,000 replications in 0.29 s, 16 slots of 32 lanes in 0.9–1.3 s).
    /// </summary>
    public int AgencyGrainSlots { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>The slots a run of <see cref="Mode"/> uses.</summary>
    public int Slots => Mode == OrleansEngineMode.AgencyGrains ? AgencyGrainSlots : ReplicationSlots;

    /// <summary>
    /// At most this many replications run side by side on one slot's agency grains (lanes): each agency
    /// gets its work of all lanes in one grain call per round. On the starter, 1,000 replications make 15.2
    /// grain calls each one at a time, 3.3 in 8 lanes, 0.9 in 32.
    /// </summary>
    public int MaxLanes { get; init; } = 32;

    /// <summary>
    /// Lanes × agencies one slot may hold: an agency grain keeps an agency host (its queue and state, about
    /// 70 KB) per lane, so a large world runs in fewer lanes (10,000 agencies: one).
    /// </summary>
    public int MaxAgencyStatesPerSlot { get; init; } = 4096;

    /// <summary>
    /// At most this many replications in one coordinator call (a block). A block's outcomes are all held
    /// until it answers, by its coordinator and then by the engine, which gets them in replication order;
    /// with blocks of a quarter of a slot's share, a run held a quarter of its replications at once (about
    /// 25 KB each: 100,000 runs of korea-desk-wanted peaked at 630 MB, a million at 5.2 GB). Capped, a run
    /// holds at most (slots + 1) × this many (the blocks in flight and the one being handed on), whatever its length.
    /// </summary>
    public int MaxReplicationsPerBlock { get; init; } = 512;

    /// <summary>
    /// Seconds of a silo's work one block of replication workers aims at (docs/orleans.md, "Blocks"): long enough that
    /// a grain call and its partial fold cost a small share of it, short enough that a lost block costs little.
    /// </summary>
    public double BlockSeconds { get; init; } = 0.5;

    /// <summary>The most replications one block of replication workers gets, however cheap they are.</summary>
    public int MaxBlockReplications { get; init; } = 1_000_000;

    /// <summary>
    /// The largest saved fold one block of replication workers aims at, well under the largest message Orleans takes
    /// (<see cref="Hosting.SiloConfiguration.MaxMessageBytes"/>), so a block whose fold grows more than the last one's
    /// still arrives.
    /// </summary>
    public long MaxBlockBytes { get; init; } = 48L << 20;

    /// <summary>
    /// Replication worker slots per silo when a run folds blocks on the silos: each worker runs its block on all of
    /// its silo's cores, so one per silo keeps it busy (two blocks are in flight per slot).
    /// </summary>
    public int BlockSlotsPerSilo { get; init; } = 1;

    /// <summary>
    /// How often one replication is re-run after a grain lost its state or a silo stopped. A replication
    /// is a pure function of (seed, index), so a re-run gives the same bytes; after this many the run fails.
    /// </summary>
    public int ReplicationAttempts { get; init; } = 8;

    /// <summary>
    /// How much longer a block keeps being re-run once it has failed <see cref="ReplicationAttempts"/> times, while the
    /// cluster may come back (every silo replaced, Redis restarted); zero: fail at once then.
    /// </summary>
    public TimeSpan ClusterWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The wait before the first re-run, doubled after each failure up to <see cref="MaxRetryDelay"/>. A
    /// stopped silo stays in the cluster's directory until membership declares it gone, so re-running at
    /// once would fail again for the same reason.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The least time a replication gets before it is presumed lost with its silo and run again.</summary>
    public TimeSpan MinAttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A replication is presumed lost after this many times the longest one seen so far.</summary>
    public double AttemptTimeoutFactor { get; init; } = 10;
}
