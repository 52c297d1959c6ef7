using System.Net.Http.Json;
using System.Text.Json;
using CoopSim.Model;
using CoopSim.Model.Scenario;
using CoopSim.Model.World;

namespace CoopSim.Workshop.Tests;

/// <summary>The presenter view's server side: the end slide's answer, playback stopping at the run's end, the scenario in /api/world, the OpenAPI description.</summary>
public sealed class PresenterTests
{
    private const string Token = "trainer-secret";

    [Fact]
    public void EndSlide_QuestionAgencyActsWithinTheLimit_SaysHowLongAndWithin()
    {
        var timeline = WorkshopFixtures.Timeline();
        var first = timeline.Hops.Where(h => h.Alert == "W-1" && h.To == "vn.mps" && h.Outcome == "delivered").MinBy(h => h.ActMs)!;
        Assert.True(first.ActMs - first.IssuedMs <= Duration.MillisecondsPerDay, "the fixture's MPS acts within the day asked");

        var slide = EndSlide.Of(timeline.Scenario, timeline.Hops, timeline.World, timeline.Epoch);

        Assert.Equal(
            $"In this run Ministry of Public Security of Viet Nam could act {Narrator.Elapsed(first.ActMs - first.IssuedMs)} after alert W-1 was issued, "
            + $"at {Narrator.Clock(first.ActMs, "vn.mps", timeline.World, timeline.Epoch, first.IssuedMs)}: within the 1d asked.",
            slide.Answer);
    }

    [Fact]
    public void EndSlide_LimitShorterThanTheRun_SaysLater()
    {
        var timeline = WorkshopFixtures.Timeline();
        var scenario = timeline.Scenario with { Target = timeline.Scenario.Target! with { WithinMs = Duration.MillisecondsPerMinute } };

        var slide = EndSlide.Of(scenario, timeline.Hops, timeline.World, timeline.Epoch);

        Assert.EndsWith(": later than the 1m asked.", slide.Answer);
    }

    [Fact]
    public void EndSlide_QuestionAgencyNeverReached_SaysSo()
    {
        var timeline = WorkshopFixtures.Timeline();
        var withoutMps = timeline.Hops.Where(h => h.To != "vn.mps").ToArray();

        var slide = EndSlide.Of(timeline.Scenario, withoutMps, timeline.World, timeline.Epoch);

        Assert.Equal("In this run Ministry of Public Security of Viet Nam never got alert W-1.", slide.Answer);
    }

    [Fact]
    public async Task Play_PastTheRunsLastEvent_StopsThereWithTheEndSlide()
    {
        var timeline = WorkshopFixtures.Timeline();
        var last = timeline.Hops.Max(h => Math.Max(h.SentMs, Math.Max(h.ArrivedMs, h.ActMs)));
        using var session = new PlaybackSession(timeline, PlaybackSession.MaxSpeed);
        var reader = session.Subscribe(out var unsubscribe);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        session.Play();
        JsonElement state = default;
        await foreach (var message in reader.ReadAllAsync(patience.Token))
        {
            if (!message.StartsWith("event: state", StringComparison.Ordinal)) continue;
            state = JsonDocument.Parse(message[(message.IndexOf("data: ", StringComparison.Ordinal) + 6)..]).RootElement;
            if (state.GetProperty("ended").GetBoolean()) break;
        }

        unsubscribe();
        Assert.False(session.Playing);
        Assert.Equal(last, session.ClockMs);
        Assert.StartsWith("In this run Ministry of Public Security of Viet Nam could act", state.GetProperty("end").GetProperty("answer").GetString());
    }

    [Fact]
    public async Task World_Present_CarriesTheScenarioNameQuestionOutagesAndInvolvedAgencies()
    {
        var timeline = WorkshopFixtures.Timeline(s => s with { Outages = [new ChannelOutage("kz-police-border", Duration.FromHours(1), Duration.FromHours(5), OutageMode.Drop)] });
        await using var server = await WorkshopServer.StartAsync(timeline, new WorkshopOptions("127.0.0.1", 0, Token: Token, Present: true));
        using var http = new HttpClient { BaseAddress = server.Url };

        var world = await http.GetFromJsonAsync<JsonElement>("/api/world");

        Assert.True(world.GetProperty("present").GetBoolean());
        var scenario = world.GetProperty("scenario");
        Assert.Equal("korea-desk-wanted", scenario.GetProperty("name").GetString());
        Assert.StartsWith("How fast does KNPA", scenario.GetProperty("question").GetString());
        var outage = Assert.Single(scenario.GetProperty("outages").EnumerateArray());
        Assert.Equal(("kz-police-border", 3_600_000L, 18_000_000L), (outage.GetProperty("channel").GetString(), outage.GetProperty("fromMs").GetInt64(), outage.GetProperty("untilMs").GetInt64()));
        var involved = world.GetProperty("involved").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains("vn.mps", involved);
        // The outage's ends are named on the map though no message of this run goes there.
        var channel = timeline.World.Channels.Single(c => c.Id == "kz-police-border");
        Assert.Contains(channel.From, involved);
        Assert.Contains(channel.To, involved);
    }

    [Fact]
    public async Task OpenApi_EveryControl_IsDescribedWithTheFieldsItsBodyNeeds()
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));
        using var http = new HttpClient { BaseAddress = server.Url };

        var doc = await http.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var paths = doc.GetProperty("paths");
        foreach (var control in new[] { "play", "pause", "step", "restart", "speed", "cut", "inject" })
            Assert.True(paths.TryGetProperty("/api/control/" + control, out _), $"{control} is described");
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        string[] Required(string schema) => schemas.GetProperty(schema).GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["speed"], Required("SpeedRequest"));
        Assert.Equal(["channel"], Required("CutRequest"));
        Assert.Equal(["agency", "kind"], Required("InjectRequest"));
        var kinds = schemas.GetProperty("InjectRequest").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(KebabCase.NamesOf<AlertKind>(), kinds);
        Assert.Equal(WorkshopServer.TokenHeader, doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("trainerToken").GetProperty("name").GetString());
    }
}
