namespace CoopSim.Model.World;

/// <summary>The network: countries, agencies, channels and the agreements behind them.</summary>
public sealed record WorldModel(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Agreement> Agreements,
    WorldDefaults Defaults)
{
    public Country? FindCountry(string code) => Countries.FirstOrDefault(c => c.Code == code);
    public Agency? FindAgency(string id) => Agencies.FirstOrDefault(a => a.Id == id);
    public Channel? FindChannel(string id) => Channels.FirstOrDefault(c => c.Id == id);
}
