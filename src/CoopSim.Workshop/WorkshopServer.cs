using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopSim.Workshop;

/// <summary>
/// The workshop server: one self-contained page, a server-sent event stream, and trainer controls that
/// need the token printed at start (viewers without it can only watch).
/// </summary>
public sealed class WorkshopServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PlaybackSession _session;

    private WorkshopServer(WebApplication app, PlaybackSession session, string token)
    {
        _app = app;
        _session = session;
        Token = token;
    }

    public string Token { get; }

    public PlaybackSession Session => _session;

    public Uri Url
    {
        get
        {
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    public static async Task<WorkshopServer> StartAsync(ITimelineSource source, WorkshopOptions options, CancellationToken cancellationToken = default)
    {
        if (BindAddressGuard.Problem(options.Host, options.Public) is { } problem) throw new InvalidOperationException(problem);
        var token = options.Token ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            var address = options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(options.Host.Trim('[', ']'));
            k.Listen(address, options.Port);
        });
        var app = builder.Build();
        var session = new PlaybackSession(source, options.Speed);
        var server = new WorkshopServer(app, session, token);
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
        var page = ReadPage();
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/api/world", () => Results.Json(new { world = _session.Source.World, epoch = _session.Source.Epoch.ToUnixTimeMilliseconds(), canChange = _session.Source.CanChange }));
        app.MapGet("/api/events", StreamAsync);

        var control = app.MapGroup("/api/control").AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            var given = request.Headers["X-CoopSim-Token"].FirstOrDefault() ?? request.Query["token"].FirstOrDefault();
            if (given is null) return Results.Problem("this control needs the trainer's token", statusCode: StatusCodes.Status401Unauthorized);
            if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(Token)))
                return Results.Problem("wrong token", statusCode: StatusCodes.Status403Forbidden);
            return await next(context);
        });
        control.MapPost("/play", () => Ok(_session.Play));
        control.MapPost("/pause", () => Ok(_session.Pause));
        control.MapPost("/step", () => Ok(_session.Step));
        control.MapPost("/restart", () => Ok(_session.Restart));
        control.MapPost("/speed", (SpeedRequest r) => Ok(() => _session.SetSpeed(r.Speed)));
        control.MapPost("/cut", (CutRequest r) =>
            _session.Cut(r.Channel) ? Results.Json(_session.State()) : Results.Problem($"cannot cut '{r.Channel}'", statusCode: StatusCodes.Status400BadRequest));
        control.MapPost("/inject", (InjectRequest r) =>
            _session.Inject(r.Agency, r.Kind) is { } id ? Results.Json(new { alert = id }) : Results.Problem($"cannot inject from '{r.Agency}'", statusCode: StatusCodes.Status400BadRequest));
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

    private static string ReadPage()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoopSim.Workshop.index.html")
            ?? throw new InvalidOperationException("the workshop page is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public sealed record SpeedRequest(double Speed);

    public sealed record CutRequest(string Channel);

    public sealed record InjectRequest(string Agency, string Kind);
}
