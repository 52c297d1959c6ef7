using System.Diagnostics;

namespace CoopSim.Telemetry;

/// <summary>
/// Sends the lines of OpenTelemetry's console exporter to the writer of the session that is exporting.
/// </summary>
/// <remarks>
/// <c>ConsoleExporterOptions</c> offers only two targets: the process's stdout (<c>Console.WriteLine</c>) and
/// <c>Debug</c> (<c>System.Diagnostics.Trace.WriteLine</c>, i.e. every registered trace listener). Stdout is
/// where a run's own output goes (<c>--format json</c> must stay clean), and swapping <c>Console.Out</c> would
/// also catch other threads' writes. So the exporter is set to <c>Debug</c>, and this one listener, registered
/// once, hands a line to the writer its thread is exporting for and ignores every other trace message. The
/// exporter writes synchronously on the thread that called <c>Export</c>, so a thread-static writer tells
/// concurrent sessions apart.
/// </remarks>
internal sealed class ConsoleExporterRoute : TraceListener
{
    private static readonly ConsoleExporterRoute Instance = new();
    private static readonly Lock Registration = new();

    [ThreadStatic]
    private static TextWriter? _current;

    private ConsoleExporterRoute()
        : base("coopsim-console-exporter")
    {
    }

    // Only this thread's writer is touched, and the exporting processor serialises its exports.
    public override bool IsThreadSafe => true;

    /// <summary>Runs <paramref name="export"/> with the trace lines it writes on this thread going to <paramref name="output"/>.</summary>
    public static void Into(TextWriter output, Action export)
    {
        EnsureRegistered();
        var previous = _current;
        _current = output;
        try
        {
            export();
        }
        finally
        {
            _current = previous;
        }
    }

    public override void Write(string? message) => _current?.Write(message);

    public override void WriteLine(string? message) => _current?.WriteLine(message);

    // Checked on every export, not once: something else in the process may have cleared Trace.Listeners since.
    private static void EnsureRegistered()
    {
        lock (Registration)
        {
            if (!Trace.Listeners.Contains(Instance)) Trace.Listeners.Add(Instance);
        }
    }
}
