namespace CoopSim.Studies.Replications;

/// <summary>
/// The columns of a replications file, in order, the same in Parquet and CSV (docs/data.md describes each). A cell
/// that does not apply to its row's kind, or a time that never came, is null in Parquet and empty in CSV.
/// </summary>
internal static class OutcomeColumns
{
    public const string Format = "coopsim.replications/1";

    public static readonly string[] Names =
    [
        "replication", "kind", "alert", "agency", "country", "reached", "arrival_s", "time_to_reach_s", "hops",
        "first_path_agencies", "first_path_channels", "subject", "stop", "arrives_s", "blocked_in_time", "lead_s",
        "intercepted_here",
    ];

    public const string AgencyKind = "agency";
    public const string StopKind = "stop";
}
