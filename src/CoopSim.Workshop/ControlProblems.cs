using CoopSim.Model;
using CoopSim.Model.World;

namespace CoopSim.Workshop;

/// <summary>
/// What is wrong with a control request, naming the field and the body expected, so that a trainer can script a
/// demo from the answers alone (a bare <c>cut</c> answered only "cannot cut that channel").
/// </summary>
internal static class ControlProblems
{
    public const string CutBody = "{\"channel\": \"CHANNEL-ID\"}";
    public const string InjectBody = "{\"agency\": \"AGENCY-ID\", \"kind\": \"wanted-person\"}";

    /// <returns>The problem, or null when the cut can be made.</returns>
    public static string? Cut(WorkshopServer.CutRequest? request, ITimelineSource source)
    {
        if (!source.CanChange) return "a replay cannot be changed: only play, pause, step, restart and speed work";
        if (request?.Channel is not { Length: > 0 } channel) return $"the body must be JSON {CutBody}: 'channel' is missing";
        return source.World.Channels.Any(c => c.Id == channel) ? null
            : $"unknown channel '{channel}'{Near(channel, source.World.Channels.Select(c => c.Id))}; GET /api/world lists the channel ids";
    }

    /// <returns>The problem, or null when the alert can be injected.</returns>
    public static string? Inject(WorkshopServer.InjectRequest? request, ITimelineSource source)
    {
        if (!source.CanChange) return "a replay cannot be changed: only play, pause, step, restart and speed work";
        var missing = new[] { ("agency", request?.Agency), ("kind", request?.Kind) }.Where(f => string.IsNullOrEmpty(f.Item2)).Select(f => $"'{f.Item1}'").ToArray();
        if (missing.Length > 0) return $"the body must be JSON {InjectBody}: {string.Join(" and ", missing)} {(missing.Length == 1 ? "is" : "are")} missing";
        if (source.World.Agencies.All(a => a.Id != request!.Agency))
            return $"unknown agency '{request!.Agency}'{Near(request.Agency, source.World.Agencies.Select(a => a.Id))}; GET /api/world lists the agency ids";
        var kinds = Enum.GetValues<AlertKind>().Select(k => KebabCase.Of(k)).ToArray();
        return kinds.Contains(request!.Kind) ? null : $"unknown kind '{request.Kind}' (one of: {string.Join(", ", kinds)})";
    }

    /// <summary>"; did you mean 'x'?" for an id that shares its start with one id only, else nothing.</summary>
    private static string Near(string typed, IEnumerable<string> ids)
    {
        var prefix = typed.Length >= 3 ? typed[..3] : typed;
        var close = ids.Where(id => id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && id.Length >= typed.Length - 2 && id.Length <= typed.Length + 2).Take(2).ToArray();
        return close.Length == 1 ? $"; did you mean '{close[0]}'?" : "";
    }
}
