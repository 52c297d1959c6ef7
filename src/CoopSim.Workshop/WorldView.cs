using CoopSim.Model;
using CoopSim.Model.World;

namespace CoopSim.Workshop;

/// <summary>What the page draws: countries with capitals, agencies, channels.</summary>
public sealed record WorldView(
    IReadOnlyList<WorldView.CountryView> Countries,
    IReadOnlyList<WorldView.AgencyView> Agencies,
    IReadOnlyList<WorldView.ChannelView> Channels)
{
    public sealed record CountryView(string Code, string Name, double Lat, double Lon, int UtcOffsetMinutes);

    public sealed record AgencyView(string Id, string Name, string Country, string Kind, bool International, string ShortName);

    public sealed record ChannelView(string Id, string From, string To, string Kind, bool TwoWay);

    public static WorldView Of(WorldModel world) => new(
        world.Countries.Select(c => new CountryView(c.Code, c.Name, c.Latitude ?? 0, c.Longitude ?? 0, c.UtcOffsetMinutes)).ToArray(),
        world.Agencies.Select(a => new AgencyView(a.Id, a.Name, a.Country, KebabCase.Of(a.Kind), a.International, a.Label)).ToArray(),
        world.Channels.Select(c => new ChannelView(c.Id, c.From, c.To, KebabCase.Of(c.Kind), c.TwoWay)).ToArray());

    public string NameOf(string agency) => Agencies.FirstOrDefault(a => a.Id == agency)?.Name ?? agency;

    public int OffsetOf(string agency)
    {
        var country = Agencies.FirstOrDefault(a => a.Id == agency)?.Country;
        return Countries.FirstOrDefault(c => c.Code == country)?.UtcOffsetMinutes ?? 0;
    }

    public string? CountryOf(string agency) => Agencies.FirstOrDefault(a => a.Id == agency && !a.International)?.Country;
}
