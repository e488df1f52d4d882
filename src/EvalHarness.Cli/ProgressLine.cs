using System.Diagnostics;
using System.Globalization;
using EvalHarness.Advice;

namespace EvalHarness.Cli;

/// <summary>
/// A one-line progress report on standard error, drawn only when it is a terminal. For the built-in advisor: percent
/// done and scenarios per second. For an external one, whose answers arrive slowly and a batch at a time, a timer
/// redraws it from the advisor's own counts: answered, rate, cache hits, retries, errors and time left.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly long Interval = Stopwatch.Frequency / 4;
    private readonly TextWriter? _error;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly object _drawing = new();
    private readonly Timer? _timer;
    private readonly AdvisorActivity? _activity;
    private readonly int _expected;
    private readonly int _repeats;
    private long _next;
    private long _count;
    private int _width;

    /// <summary>Creates a reporter; it stays silent unless standard error is a terminal, so logs and pipes get no control characters.</summary>
    /// <param name="context">Where standard error is.</param>
    /// <param name="activity">An external advisor's counts, redrawn four times a second; <c>null</c> for the built-in advisor.</param>
    /// <param name="expected">How many scenarios the run expects (labels.csv names them), for the time left.</param>
    /// <param name="repeats">How many times each scenario is asked.</param>
    public ProgressLine(CliContext context, AdvisorActivity? activity = null, int expected = 0, int repeats = 1)
    {
        _error = context.ErrorIsTerminal ? context.Error : null;
        _next = _started + (Stopwatch.Frequency / 2);
        _activity = activity;
        _expected = expected;
        _repeats = Math.Max(1, repeats);
        if (_error is not null && activity is not null)
            _timer = new Timer(_ => DrawActivity(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Counts one scenario; redraws at most four times a second.</summary>
    public void Report(double fraction)
    {
        _count++;
        if (_error is null || _activity is not null || (_count & 1023) != 0)
            return;
        var now = Stopwatch.GetTimestamp();
        if (now < _next)
            return;
        _next = now + Interval;
        var seconds = Math.Max(1e-3, (double)(now - _started) / Stopwatch.Frequency);
        Draw(string.Create(CultureInfo.InvariantCulture, $"  {_count:N0} scenarios, {fraction:P0} done, {_count / seconds:N0}/s"));
    }

    private void DrawActivity()
    {
        var a = _activity!;
        var seconds = Math.Max(1e-3, Stopwatch.GetElapsedTime(_started).TotalSeconds);
        var answered = a.Answered;
        var rate = answered / seconds;
        var total = (long)_expected * _repeats;
        var left = rate > 0 && total > answered ? TimeSpan.FromSeconds((total - answered) / rate) : (TimeSpan?)null;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"  {answered:N0}{(total > 0 ? $"/{total:N0}" : "")} answered, {rate:N1}/s, {a.CacheHits:N0} cached, {a.Retries:N0} retried, {a.Errors:N0} errors");
        if (left is { } remaining)
            line += string.Create(CultureInfo.InvariantCulture, $", {(int)remaining.TotalMinutes}:{remaining.Seconds:00} left");
        Draw(line);
    }

    private void Draw(string line)
    {
        lock (_drawing)
        {
            if (_error is null)
                return;
            // Padded to the longest line drawn, so a shorter one leaves no tail of the one before.
            _width = Math.Max(_width, line.Length);
            _error.Write("\r" + line.PadRight(_width));
            _error.Flush();
        }
    }

    /// <summary>Clears the line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_drawing)
        {
            if (_width > 0)
                _error!.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
