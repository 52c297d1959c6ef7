using CoopSim.Workshop;
using Spectre.Console;

namespace CoopSim.Cli.Commands;

/// <summary>Starts the workshop server, prints where to find it and the trainer's token, and serves until Ctrl-C.</summary>
internal static class WorkshopHost
{
    public static async Task<int> ServeAsync(ITimelineSource source, WorkshopOptions options, string what, CliContext context, CancellationToken cancellationToken)
    {
        if (BindAddressGuard.Problem(options.Host, options.Public) is { } problem) throw new CliException($"coopsim: error: {problem}");
        if (!PlaybackSession.IsValidSpeed(options.Speed))
            throw new CliException($"coopsim: error: --speed must be from {PlaybackSession.MinSpeed} to {PlaybackSession.MaxSpeed} simulated seconds per second");
        WorkshopServer server;
        try
        {
            server = await WorkshopServer.StartAsync(source, options, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new CliException($"coopsim: error: cannot listen on {options.Host}:{options.Port}: {ex.Message}", ExitCodes.Failed);
        }

        await using (server)
        {
            if (options.Public && !BindAddressGuard.IsLoopback(options.Host))
                context.Error.WriteLine($"coopsim: warning: --public: anyone who can reach this machine on port {server.Port} can watch the page; only the token holder can steer it");
            context.Out.MarkupLine($"Workshop for [bold]{Markup.Escape(what)}[/] at [link]{server.Url}[/]");
            context.Out.MarkupLine($"Trainer token: [bold yellow]{server.Token}[/] (viewers without it can only watch). Ctrl-C stops.");

            // Ctrl-C or SIGTERM cancels the token: the cancellation unwinds to the one stop line every command prints.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return ExitCodes.Ok;
    }
}
