using System.Text;

namespace CoopSim.Workshop.Tests;

/// <summary>A control request that cannot be carried out is answered with the field or id at fault and the body expected.</summary>
public sealed class ControlProblemsTests
{
    private const string Token = "trainer-secret";

    private static async Task<(int Status, string Body)> Post(WorkshopServer server, string control, string body)
    {
        using var http = new HttpClient { BaseAddress = server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/control/" + control) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CoopSim-Token", Token);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("speed", "{}", "'speed' is missing")]
    [InlineData("speed", "{\"speed\": 0}", "'speed' must be a number")]
    [InlineData("speed", "{\"speed\": \"fast\"}", "the body must be JSON {\"speed\": S}: 'speed' has the wrong type")]
    [InlineData("cut", "{\"channel\": 5}", "'channel' has the wrong type")]
    [InlineData("inject", "not json", "the body must be JSON {\"agency\": \"AGENCY-ID\", \"kind\": \"wanted-person\"}: it is not JSON")]
    [InlineData("cut", "{}", "'channel' is missing")]
    [InlineData("cut", "{\"channel\": \"kr-vn-dsk\"}", "unknown channel 'kr-vn-dsk'")]
    [InlineData("inject", "{}", "'agency' and 'kind' are missing")]
    [InlineData("inject", "{\"agency\": \"kr.knpa\"}", "'kind' is missing")]
    [InlineData("inject", "{\"agency\": \"kr.knpa\", \"kind\": \"wanted\"}", "unknown kind 'wanted' (one of: wanted-person")]
    [InlineData("inject", "{\"agency\": \"kr.nobody\", \"kind\": \"wanted-person\"}", "unknown agency 'kr.nobody'")]
    public async Task Control_BadBody_Answers400NamingTheField(string control, string body, string problem)
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));

        var (status, text) = await Post(server, control, body);

        Assert.Equal(400, status);
        Assert.Contains(problem, System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cut_KnownChannel_IsCarriedOut()
    {
        await using var server = await WorkshopServer.StartAsync(WorkshopFixtures.Timeline(), new WorkshopOptions("127.0.0.1", 0, Token: Token));

        var (status, _) = await Post(server, "cut", "{\"channel\": \"kr-vn-desk\"}");

        Assert.Equal(200, status);
    }
}
