using System.Diagnostics;
using System.Globalization;

namespace EvalHarness.Cli;

/// <summary>A one-line progress report on standard error (percent done, scenarios per second), drawn only when it is a terminal.</summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly long Interval = Stopwatch.Frequency / 4;
    private readonly TextWriter? _error;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _next;
    private long _count;
    private bool _drawn;

    /// <summary>Creates a reporter; it stays silent unless standard error is a terminal, so logs and pipes get no control characters.</summary>
    public ProgressLine(CliContext context)
    {
        _error = context.ErrorIsTerminal ? context.Error : null;
        _next = _started + (Stopwatch.Frequency / 2);
    }

    /// <summary>Counts one scenario; redraws at most four times a second.</summary>
    public void Report(double fraction)
    {
        _count++;
        if (_error is null || (_count & 1023) != 0)
            return;
        var now = Stopwatch.GetTimestamp();
        if (now < _next)
            return;
        _next = now + Interval;
        var seconds = Math.Max(1e-3, (double)(now - _started) / Stopwatch.Frequency);
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {_count:N0} scenarios, {fraction:P0} done, {_count / seconds:N0}/s   "));
        _drawn = true;
    }

    /// <summary>Clears the line.</summary>
    public void Dispose()
    {
        if (_drawn)
            _error!.Write("\r" + new string(' ', 60) + "\r");
    }
}
