namespace CoopSim.Cli.Tests;

/// <summary>Crashes after a run (issue 11, item 7): markup in user text, null fields and cycles in traces.</summary>
public sealed class AfterRunCrashTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string BracketWorld = """
        countries:
          - {code: "K[R]", name: "Korea [bold]", utc-offset: "+09:00"}
          - {code: "V[/]N", name: Viet Nam, utc-offset: "+07:00"}
        agencies:
          - {id: "a[one]", name: One, country: "K[R]", kind: national-police, hours: 24/7, source: t}
          - {id: b.two, name: Two, country: "V[/]N", kind: national-police, hours: 24/7, source: t}
        channels:
          - {id: "c[1]", from: "a[one]", to: b.two, kind: bilateral-desk, latency: 1h, source: t}
        """;

    private string BracketScenario()
    {
        Directory.CreateDirectory(_temp["world"]);
        File.WriteAllText(Path.Combine(_temp["world"], "world.yaml"), BracketWorld);
        return _temp.Write("brackets.yaml", """
            world: world
            start: 2025-04-18T10:00:00+09:00
            subjects:
              - {id: "s[x]", itinerary: [{country: "V[/]N", arrives: 5h}]}
            alerts:
              - {id: "A[1]", kind: entry-block, priority: urgent, origin: "a[one]", scope: ["V[/]N"], subject: "s[x]"}
            """);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("network")]
    public async Task Command_CountryCodeWithBrackets_RendersTheTableWithTheTextAsWritten(string command)
    {
        var scenario = BracketScenario();
        var args = command == "run" ? new[] { "run", scenario, "--engine", "inproc", "--runs", "5" } : ["network", _temp["world"]];
        var result = await CliHarness.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.Error);
        // run names countries (their names may hold markup too); network draws codes.
        string[] expected = command == "run" ? ["Korea [bold]", "A[1]"] : ["K[R]", "V[/]N"];
        foreach (var text in expected) Assert.Contains(text, result.Out);
    }

    private const string GoodSpan =
        """{"trace_id":"t1","span_id":"s1","parent_span_id":null,"name":"alert","kind":"internal","start":"2025-01-01T00:00:00.000Z","end":"2025-01-01T00:00:00.000Z","status":"unset","attributes":{"coopsim.replication":0,"coopsim.alert.id":"A"},"links":[]}""";

    [Theory]
    [InlineData("\"start\":\"2025-01-01T00:00:00.000Z\"", "\"start\":null")]
    [InlineData("\"span_id\":\"s1\"", "\"span_id\":null")]
    [InlineData("\"trace_id\":\"t1\"", "\"trace_id\":7")]
    [InlineData("\"links\":[]", "\"links\":[{\"trace_id\":null,\"span_id\":\"x\"}]")]
    public async Task Trace_NullOrMistypedField_IsOneLineAtItsLine(string field, string replacement)
    {
        var path = _temp.Write("t.jsonl", GoodSpan + "\n" + GoodSpan.Replace(field, replacement) + "\n");
        var result = await CliHarness.RunAsync("trace", path);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"{path}(2,1): error: not a CoopSim span (missing or malformed field)", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Trace_SpansThatNameThemselvesAsParents_IsACycleErrorNotALoop()
    {
        // The root and two spans sharing its id that name it (so themselves) as parent: each level of the tree had
        // two children again, 2^64 nodes in all.
        var self = GoodSpan.Replace("\"parent_span_id\":null", "\"parent_span_id\":\"s1\"");
        var path = _temp.Write("cycle.jsonl", GoodSpan + "\n" + self + "\n" + self + "\n");
        var result = await CliHarness.RunAsync("trace", path);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("the spans' parents form a cycle (span s1 is its own ancestor)", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Trace_TwoSpansParentingEachOther_IsACycleError()
    {
        var a = GoodSpan.Replace("\"span_id\":\"s1\"", "\"span_id\":\"a\"").Replace("\"parent_span_id\":null", "\"parent_span_id\":\"b\"");
        var b = GoodSpan.Replace("\"span_id\":\"s1\"", "\"span_id\":\"b\"").Replace("\"parent_span_id\":null", "\"parent_span_id\":\"a\"");
        var path = _temp.Write("loop.jsonl", GoodSpan + "\n" + a + "\n" + b + "\n");
        var result = await CliHarness.RunAsync("trace", path);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("form a cycle", result.Error);
    }

    [Fact]
    public async Task Trace_ACharacterDevice_IsRefusedAsNotARegularFile()
    {
        var result = await CliHarness.RunAsync("trace", "/dev/zero");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("/dev/zero: error: not a regular file (a character device); only regular files are read", result.Error.Trim());
    }

    [Fact]
    public async Task Trace_OtherReplicationsSpans_AreNotKept()
    {
        // Streaming: the spans of other replications are dropped while reading, so only replication 3's are shown.
        var other = GoodSpan.Replace("\"coopsim.replication\":0", "\"coopsim.replication\":1");
        var mine = GoodSpan.Replace("\"coopsim.replication\":0", "\"coopsim.replication\":3").Replace("\"A\"", "\"MINE\"");
        var path = _temp.Write("many.jsonl", string.Concat(Enumerable.Repeat(other + "\n", 5000)) + mine + "\n");
        var spans = Telemetry.TraceFile.Read(path, s => s.Int(Telemetry.TelemetryAttributes.Replication) == 3);
        Assert.Equal("MINE", Assert.Single(spans).Attribute(Telemetry.TelemetryAttributes.AlertId));
        var result = await CliHarness.RunAsync("trace", path, "--replication", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("MINE", result.Out);
    }
}
