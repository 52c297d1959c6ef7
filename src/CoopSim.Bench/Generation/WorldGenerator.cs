using CoopSim.Model;
using CoopSim.Model.Distributions;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Bench.Generation;

/// <summary>
/// Builds a large synthetic scenario: countries with a national central bureau (24/7) at the root of a
/// domestic relay tree, NCBs linked to a few other NCBs. Seeded, so the same options give the same world.
/// </summary>
public static class WorldGenerator
{
    public static ScenarioModel Generate(GeneratedWorldOptions options)
    {
        var random = new SimRandom(options.LayoutSeed);
        var perCountry = Math.Max(1, options.Agencies / options.Countries);
        var countries = new List<Country>();
        var agencies = new List<Agency>();
        var channels = new List<Channel>();
        var domestic = new UniformDelay(Duration.FromSeconds(5), Duration.FromMinutes(30)) { Basis = "estimate" };
        var international = new LogNormalDelay(Duration.FromHours(2), Duration.FromHours(12), Duration.FromMinutes(15)) { Basis = "estimate" };
        var handling = new List<HandlingDelay> { new(null, null, new UniformDelay(Duration.FromMinutes(1), Duration.FromMinutes(20))) };

        for (var c = 0; c < options.Countries; c++)
        {
            var code = $"G{c:D3}";
            countries.Add(new Country(code, $"Country {c}", (c % 24 - 11) * 60, [$"l{c % 10}"], [DayOfWeek.Saturday, DayOfWeek.Sunday]));
            for (var i = 0; i < perCountry; i++)
            {
                var hours = i == 0 || i % 4 == 1 ? OfficeHours.Always : OfficeHours.Weekdays(9 * 60, 18 * 60, null);
                agencies.Add(new Agency(AgencyId(c, i), AgencyId(c, i), code, i == 0 ? AgencyKind.Ncb : AgencyKind.NationalPolice,
                    hours, [], handling, Capability.Relay | Capability.BlockEntry, RelayPolicy.All));
                if (i > 0)
                {
                    channels.Add(new Channel($"{AgencyId(c, i)}~up", AgencyId(c, i), AgencyId(c, (i - 1) / 3), true,
                        ChannelKind.DomesticRelay, domestic, 0.01, TranslationMode.Never, null, false, null, null));
                }
            }
        }

        for (var c = 0; c < options.Countries && options.Countries > 1; c++)
        {
            for (var k = 0; k < options.InternationalLinksPerNcb; k++)
            {
                var other = (int)(random.NextUInt64() % (ulong)options.Countries);
                if (other == c) continue;
                channels.Add(new Channel($"{AgencyId(c, 0)}~{AgencyId(other, 0)}~{k}", AgencyId(c, 0), AgencyId(other, 0), false,
                    ChannelKind.InterpolDiffusion, international, 0.02, TranslationMode.Auto, null, false, null, null));
            }
        }

        var spread = (options.IssueSpread ?? Duration.FromDays(1)).Milliseconds;
        var alerts = new List<AlertSpec>();
        for (var a = 0; a < options.Alerts; a++)
        {
            var agency = agencies[(int)(random.NextUInt64() % (ulong)agencies.Count)];
            var at = new Duration(spread == 0 ? 0 : (long)(random.NextUInt64() % (ulong)spread));
            var scope = options.GlobalAlerts ? AlertScope.Everywhere : new AlertScope(false, new HashSet<string> { agency.Country });
            alerts.Add(new AlertSpec($"X{a:D6}", (AlertKind)(a % 6), a % 3 == 0 ? Priority.Urgent : Priority.Routine,
                agency.Id, at, scope, options.AlertExpiry, null, []));
        }

        var world = new WorldModel(countries, [], agencies, channels, [], WorldDefaults.Standard);
        return new ScenarioModel($"generated-{agencies.Count}", null, "(generated)", world,
            new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero), alerts, [], [], new RunSettings(1, 1, Duration.FromDays(30)), []);
    }

    private static string AgencyId(int country, int index) => $"g{country:D3}.a{index:D4}";
}
