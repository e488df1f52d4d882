using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace EvalHarness.Advice.Exec;

/// <summary>
/// One running copy of an advisor program: writes requests to its standard input, matches the JSON lines of its
/// standard output to them by id and repeat, and copies its standard error, and any output line that is not JSON,
/// to the log. Every wait has a timeout; a program that hangs is killed.
/// </summary>
/// <remarks>Thread-safe: many requests may be in flight at once; the program may answer them in any order.</remarks>
internal sealed class ExecWorker
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Id, int Repeat), TaskCompletionSource<ExecReply>> _pending = [];
    // Requests wait here for the one writer, which sends all that are waiting in one write: at a concurrency of 16 the
    // program is woken once for a batch instead of once a line.
    private readonly Channel<byte[]> _requests = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Process _process;
    private readonly AdvisorLog _log;
    private readonly AdvisorActivity _activity;
    private readonly Action<ExecWorker> _ended;
    private readonly Task _stdout;
    private readonly Task _stderr;
    private readonly Task _stdin;
    private readonly Queue<string> _stderrTail = new();
    private string? _endCause;
    private string? _strayAnswer;
    private volatile bool _inputClosed;

    private ExecWorker(Process process, int number, AdvisorLog log, AdvisorActivity activity, Action<ExecWorker> ended)
    {
        _process = process;
        Number = number;
        _log = log;
        _activity = activity;
        _ended = ended;
        _stdout = Task.Run(ReadAnswersAsync);
        _stderr = Task.Run(ReadErrorsAsync);
        _stdin = Task.Run(WriteRequestsAsync);
    }

    /// <summary>Which copy this is, from 1, as the log names it.</summary>
    public int Number { get; }

    /// <summary>Whether the program is still running and taking requests.</summary>
    public bool Running
    {
        get
        {
            lock (_gate)
                return _endCause is null;
        }
    }

    /// <summary>How many requests wait for an answer.</summary>
    public int InFlight
    {
        get
        {
            lock (_gate)
                return _pending.Count;
        }
    }

    /// <summary>Why the program is no longer running, such as <c>the program exited with code 1</c>.</summary>
    public string? EndCause
    {
        get
        {
            lock (_gate)
                return _endCause;
        }
    }

    /// <summary>The last lines the program wrote to standard error, for messages about why it ended.</summary>
    public string StderrTail
    {
        get
        {
            lock (_stderrTail)
                return string.Join(" | ", _stderrTail);
        }
    }

    /// <summary>Starts a copy of the program; the command is run directly, never through a shell.</summary>
    /// <exception cref="AdvisorStartException">The program was not found or cannot be executed.</exception>
    public static ExecWorker Start(IReadOnlyList<string> command, string workingDirectory, int number, AdvisorLog log, AdvisorActivity activity, Action<ExecWorker> ended)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        try
        {
            var process = Process.Start(start) ?? throw new AdvisorStartException($"'{command[0]}' did not start");
            return new ExecWorker(process, number, log, activity, ended);
        }
        catch (Win32Exception e)
        {
            throw new AdvisorStartException($"'{command[0]}' cannot be started: {e.Message}; check that it is installed, on the PATH or given with its path, and executable", e);
        }
    }

    /// <summary>Sends a request and waits for its answer, at most <paramref name="timeout"/>; a request that times out stops the program.</summary>
    public async Task<ExecReply> SendAsync(AdviceRequest request, byte[] line, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var key = (request.Scenario.Id, request.Repeat);
        var answer = new TaskCompletionSource<ExecReply>(TaskCreationOptions.None);
        lock (_gate)
        {
            if (_endCause is not null)
                return new ExecReply(null, _endCause, ProgramExited: true);
            _pending[key] = answer;
        }

        _activity.CountRequest();
        try
        {
            // The timeout runs from the moment the request is queued, so it covers the write too: a program that stops
            // reading its input blocks the writer, and the request times out like any other.
            _requests.Writer.TryWrite(line);
            return await answer.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            if (_inputClosed)
            {
                // The program closed its input; had it died, its end would have answered every request it held.
                Stop("the program was stopped: it closed its input but kept running");
                return new ExecReply(null, "the program closed its input but kept running");
            }

            var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            var stray = _strayAnswer is { } s ? $"; its last answer matched no request in flight: {AdvisorAnswerJson.Quote(s)}" : "";
            Stop($"the program was stopped: request '{request.Scenario.Id}' (repeat {request.Repeat}) timed out after {seconds} s");
            return new ExecReply(null, $"timed out after {seconds} s{stray}");
        }
        finally
        {
            lock (_gate)
                _pending.Remove(key);
        }
    }

    // The one writer of the program's input: everything queued goes out in one write, up to a buffer's size.
    private async Task WriteRequestsAsync()
    {
        const int BatchBytes = 64 * 1024;
        var input = _process.StandardInput.BaseStream;
        var batch = new MemoryStream(BatchBytes);
        var queue = _requests.Reader;
        try
        {
            while (await queue.WaitToReadAsync().ConfigureAwait(false))
            {
                batch.SetLength(0);
                while (batch.Length < BatchBytes && queue.TryRead(out var line))
                    batch.Write(line);
                await input.WriteAsync(batch.GetBuffer().AsMemory(0, (int)batch.Length)).ConfigureAwait(false);
                await input.FlushAsync().ConfigureAwait(false);
            }

            input.Close();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The program closed its input or died: what it held is answered when its output ends, or times out.
            _inputClosed = true;
        }
    }

    /// <summary>Kills the program and everything it started, failing what it held with <paramref name="cause"/>.</summary>
    public void Stop(string cause)
    {
        lock (_gate)
            _endCause ??= cause;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It ended already.
        }
    }

    /// <summary>Closes the program's input, waits up to <paramref name="grace"/> for it to end, and kills it if it does not.</summary>
    public async Task CloseAsync(TimeSpan grace)
    {
        // The writer sends what is still queued, then closes the input; a program that no longer reads is killed below.
        _requests.Writer.TryComplete();
        await _stdin.WaitAsync(grace).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        try
        {
            await _process.WaitForExitAsync(new CancellationTokenSource(grace).Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _log.Write($"worker {Number}", $"still running {grace.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s after its input was closed; killed");
            Stop("the program was stopped at the end of the run");
        }

        await Task.WhenAll(_stdout, _stderr).WaitAsync(grace).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
    }

    private async Task ReadAnswersAsync()
    {
        var reader = new LineReader(_process.StandardOutput.BaseStream);
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } bytes)
                Route(bytes);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe broke as the program died: the end is reported below.
        }

        await EndedAsync().ConfigureAwait(false);
    }

    private void Route(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (!TryReadKey(bytes, out var key))
        {
            // Debugging output and the like: kept for the reader of advisor.log, never parsed as an answer.
            _activity.CountIgnoredLine();
            _log.Write($"worker {Number} stdout", text);
            return;
        }

        TaskCompletionSource<ExecReply>? waiting;
        lock (_gate)
            _pending.Remove(key, out waiting);
        if (waiting is null)
        {
            _strayAnswer = text;
            _activity.CountIgnoredLine();
            _log.Write($"worker {Number} stdout", $"an answer for no request in flight (id '{key.Id}', repeat {key.Repeat}): {AdvisorAnswerJson.Quote(text)}");
            return;
        }

        waiting.TrySetResult(new ExecReply(text, null));
    }

    // A line is an answer when it is a JSON object with a string id; its repeat defaults to 0.
    private static bool TryReadKey(byte[] bytes, out (string Id, int Repeat) key)
    {
        key = default;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                return false;
            var repeat = 0;
            if (root.TryGetProperty("repeat", out var r) && !(r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out repeat)))
                return false;
            key = (id.GetString()!, repeat);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task ReadErrorsAsync()
    {
        var reader = new LineReader(_process.StandardError.BaseStream);
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } bytes)
            {
                var line = Encoding.UTF8.GetString(bytes);
                _log.Write($"worker {Number} stderr", line);
                lock (_stderrTail)
                {
                    _stderrTail.Enqueue(line.Length > 200 ? line[..200] + "…" : line);
                    if (_stderrTail.Count > 3)
                        _stderrTail.Dequeue();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The program ended.
        }
    }

    private async Task EndedAsync()
    {
        // Standard output ends when the program does; its exit code says how, once it is known.
        string cause;
        try
        {
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token).ConfigureAwait(false);
            cause = $"the program exited with code {_process.ExitCode}";
        }
        catch (OperationCanceledException)
        {
            Stop("the program closed its output but kept running; stopped");
            cause = "the program closed its output but kept running";
        }

        await _stderr.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        List<TaskCompletionSource<ExecReply>> orphans;
        bool exitedByItself;
        lock (_gate)
        {
            exitedByItself = _endCause is null;
            _endCause ??= cause;
            cause = _endCause;
            orphans = [.. _pending.Values];
            _pending.Clear();
        }

        if (exitedByItself)
            _log.Write($"worker {Number}", cause);
        foreach (var orphan in orphans)
            orphan.TrySetResult(new ExecReply(null, cause, exitedByItself));
        _ended(this);
    }
}
