namespace CoopSim.Model.World;

/// <summary>
/// Which alerts an agency passes on, and over which of its channels. Empty sets mean "all". An agency
/// without a relay policy keeps what it receives. <see cref="OwnAlertsOnly"/> names channel kinds the agency
/// uses only for alerts that originate in its own country: an NCB diffuses and requests notices for its
/// own country's alerts, not for those it received from abroad.
/// </summary>
public sealed record RelayPolicy(
    IReadOnlySet<AlertKind> Kinds,
    IReadOnlySet<ChannelKind> ChannelKinds,
    IReadOnlySet<string> ChannelIds,
    IReadOnlySet<string> ExceptChannelIds,
    IReadOnlySet<ChannelKind>? OwnAlertsOnly = null)
{
    public static readonly RelayPolicy All = new(
        new HashSet<AlertKind>(), new HashSet<ChannelKind>(), new HashSet<string>(), new HashSet<string>());

    public bool OnlyForOwnAlerts(Channel channel) => OwnAlertsOnly?.Contains(channel.Kind) == true;

    public bool Relays(AlertKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);

    public bool Uses(Channel channel) =>
        !ExceptChannelIds.Contains(channel.Id)
        && (ChannelKinds.Count == 0 && ChannelIds.Count == 0
            || ChannelKinds.Contains(channel.Kind)
            || ChannelIds.Contains(channel.Id));
}
