namespace CoopSim.Model.World;

/// <summary>
/// Which alerts an agency passes on, and over which of its channels. Empty sets mean "all". An agency
/// without a relay policy keeps what it receives.
/// </summary>
public sealed record RelayPolicy(
    IReadOnlySet<AlertKind> Kinds,
    IReadOnlySet<ChannelKind> ChannelKinds,
    IReadOnlySet<string> ChannelIds,
    IReadOnlySet<string> ExceptChannelIds)
{
    public static readonly RelayPolicy All = new(
        new HashSet<AlertKind>(), new HashSet<ChannelKind>(), new HashSet<string>(), new HashSet<string>());

    public bool Relays(AlertKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);

    public bool Uses(Channel channel) =>
        !ExceptChannelIds.Contains(channel.Id)
        && (ChannelKinds.Count == 0 && ChannelIds.Count == 0
            || ChannelKinds.Contains(channel.Kind)
            || ChannelIds.Contains(channel.Id));
}
