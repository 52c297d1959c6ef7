using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopSim.Workshop;

/// <summary>
/// The workshop server: one self-contained page, a server-sent event stream, and trainer controls that
/// need the token printed at start (viewers without it can only watch).
/// </summary>
public sealed class WorkshopServer : IAsyncDisposable
{
    /// <summary>
    /// No inline script or style, nothing from elsewhere, no framing by another page: a name in a world file that
    /// is really markup cannot run in the trainer's page, where the token field is.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public const string TokenHeader = "X-CoopSim-Token";

    private readonly WebApplication _app;
    private readonly PlaybackSession _session;
    private readonly IPAddress _bound;
    private readonly bool _present;

    private WorkshopServer(WebApplication app, PlaybackSession session, string token, IPAddress bound, bool present)
    {
        _present = present;
        _app = app;
        _session = session;
        Token = token;
        _bound = bound;
    }

    public string Token { get; }

    public PlaybackSession Session => _session;

    /// <summary>The port actually bound (the one asked for, or a free one for port 0).</summary>
    public int Port => new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

    /// <summary>
    /// An address a browser can open: the bound one, or for every-address binding (<c>--public</c> on 0.0.0.0 or
    /// ::) this machine's first address other machines can reach, never "0.0.0.0".
    /// </summary>
    public Uri Url
    {
        get
        {
            var address = HostHeaderPolicy.IsWildcard(_bound) ? ReachableAddress() : _bound;
            var host = address is null ? Dns.GetHostName() : address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            return new Uri($"http://{host}:{Port}/");
        }
    }

    private static IPAddress? ReachableAddress() => NetworkInterface.GetAllNetworkInterfaces()
        .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
        .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
        .OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)
        .FirstOrDefault(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal);

    public static async Task<WorkshopServer> StartAsync(ITimelineSource source, WorkshopOptions options, CancellationToken cancellationToken = default)
    {
        if (BindAddressGuard.Problem(options.Host, options.Public) is { } problem) throw new InvalidOperationException(problem);
        var token = options.Token ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // A body that cannot be read throws, so that the answer can name the field instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        BindAddressGuard.TryParse(options.Host, out var address);
        builder.WebHost.ConfigureKestrel(k => k.Listen(address, options.Port));
        var app = builder.Build();
        var session = new PlaybackSession(source, options.Speed);
        var server = new WorkshopServer(app, session, token, address, options.Present);
        server.Map(app);
        await app.StartAsync(cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        _session.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        var page = ReadResource("index.html");
        var script = ReadResource("app.js");
        var style = ReadResource("app.css");
        var outlines = ReadResource("outlines.json");
        var openApi = ReadResource("openapi.json");
        HostHeaderPolicy? hosts = null;
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            hosts ??= new HostHeaderPolicy(_bound, Port);
            if (!hosts.Allows(context.Request.Host.Value))
            {
                await Refuse(context, StatusCodes.Status421MisdirectedRequest, "this workshop answers only at the address it was started on");
                return;
            }

            // Controls: the token is checked here, before anything reads the request's body.
            if (context.Request.Path.StartsWithSegments("/api/control"))
            {
                if (context.Request.Query.ContainsKey("token"))
                {
                    await Refuse(context, StatusCodes.Status400BadRequest, $"the token goes in the {TokenHeader} header, never in the address (addresses end up in logs and history)");
                    return;
                }

                var given = context.Request.Headers[TokenHeader].FirstOrDefault();
                if (given is null)
                {
                    await Refuse(context, StatusCodes.Status401Unauthorized, "this control needs the trainer's token");
                    return;
                }

                if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(Token)))
                {
                    await Refuse(context, StatusCodes.Status403Forbidden, "wrong token");
                    return;
                }
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (!context.Response.HasStarted && context.Request.Path.StartsWithSegments("/api/control", out var rest))
            {
                var problem = ControlProblems.Unreadable(rest.Value?.Trim('/') ?? "", (ex.InnerException as JsonException)?.Path);
                await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            }
        });

        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Results.Content(style, "text/css; charset=utf-8"));
        app.MapGet("/outlines.json", () => Results.Content(outlines, "application/json; charset=utf-8"));
        app.MapGet("/api/openapi.json", () => Results.Content(openApi, "application/json; charset=utf-8"));
        app.MapGet("/api/world", () => Results.Json(new
        {
            world = _session.Source.World,
            epoch = _session.Source.Epoch.ToUnixTimeMilliseconds(),
            canChange = _session.Source.CanChange,
            present = _present,
            scenario = _session.Source.Scenario,
            involved = _session.Involved(),
        }));
        app.MapGet("/api/events", StreamAsync);

        var control = app.MapGroup("/api/control");
        control.MapPost("/play", () => Ok(_session.Play));
        control.MapPost("/pause", () => Ok(_session.Pause));
        control.MapPost("/step", () => Ok(_session.Step));
        control.MapPost("/restart", () => Ok(_session.Restart));
        control.MapPost("/speed", (SpeedRequest? r) =>
            r?.Speed is not { } speed ? Results.Problem("the body must be JSON {\"speed\": S}: 'speed' is missing", statusCode: StatusCodes.Status400BadRequest)
            : PlaybackSession.IsValidSpeed(speed) ? Ok(() => _session.SetSpeed(speed))
            : Results.Problem($"'speed' must be a number of simulated seconds per second from {PlaybackSession.MinSpeed} to {PlaybackSession.MaxSpeed}", statusCode: StatusCodes.Status400BadRequest));
        control.MapPost("/cut", (CutRequest? r) =>
            ControlProblems.Cut(r, _session.Source) is { } problem ? Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest)
            : _session.Cut(r!.Channel) ? Results.Json(_session.State())
            : Results.Problem("cannot cut that channel", statusCode: StatusCodes.Status400BadRequest));
        control.MapPost("/inject", (InjectRequest? r) =>
            ControlProblems.Inject(r, _session.Source) is { } problem ? Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest)
            : _session.Inject(r!.Agency, r.Kind) is { } id ? Results.Json(new { alert = id })
            : Results.Problem("cannot inject from that agency with that kind", statusCode: StatusCodes.Status400BadRequest));
    }

    private static async Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message + "\n");
    }

    private IResult Ok(Action action)
    {
        action();
        return Results.Json(_session.State());
    }

    private async Task StreamAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = _session.Subscribe(out var unsubscribe);
        try
        {
            await foreach (var message in reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                if (reader.Count == 0) await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The viewer left.
        }
        finally
        {
            unsubscribe();
        }
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoopSim.Workshop." + name)
            ?? throw new InvalidOperationException($"the workshop's {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public sealed record SpeedRequest(double? Speed);

    public sealed record CutRequest(string Channel);

    public sealed record InjectRequest(string Agency, string Kind);
}
