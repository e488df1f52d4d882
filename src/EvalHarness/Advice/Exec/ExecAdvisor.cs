using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EvalHarness.Advice.Exec;

/// <summary>
/// An external program speaking protocol 1 (docs/advisor-protocol.md): one JSON request per line on its standard
/// input, one JSON answer per line on its standard output, matched by id and repeat (<c>--advisor exec:COMMAND</c>).
/// </summary>
/// <remarks>
/// Requests are spread over <see cref="ExecOptions.Workers"/> copies of the program. A copy that exits or hangs
/// mid-run is killed and started again (at most <see cref="ExecOptions.MaxRestarts"/> times a run) and the requests it
/// held are sent once more; after that they are advisor errors naming the cause. A program that exits before it has
/// answered anything cannot be used at all (<see cref="AdvisorStartException"/>). Thread-safe.
/// </remarks>
public sealed class ExecAdvisor : IExternalAdvisor
{
    private readonly object _gate = new();
    private readonly IReadOnlyList<string> _command;
    private readonly string _workingDirectory;
    private readonly ExecOptions _options;
    private readonly AdvisorLog _log;
    private readonly ExecWorker?[] _workers;
    private int _restarts;
    private int _answered;
    private string? _startFailure;
    private string _lastEnd = "the program is not running";

    private ExecAdvisor(string commandLine, IReadOnlyList<string> command, string workingDirectory, ExecOptions options, AdvisorLog log)
    {
        _command = command;
        _workingDirectory = workingDirectory;
        _options = options;
        _log = log;
        _workers = new ExecWorker?[options.Workers];
        Name = $"exec:{commandLine}";
        Version = Fingerprint(command, workingDirectory);
    }

    /// <summary>Starts the program's copies.</summary>
    /// <param name="commandLine">The command, split as a shell would split it but never run through one.</param>
    /// <param name="workingDirectory">The folder the program runs in, and relative paths of the command start from.</param>
    /// <param name="options">Copies, timeouts and restarts.</param>
    /// <param name="log">Where the program's standard error and stray output go.</param>
    /// <exception cref="AdvisorStartException">The command is empty or malformed, or the program cannot be started.</exception>
    public static ExecAdvisor Start(string commandLine, string workingDirectory, ExecOptions options, AdvisorLog log)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (!CommandLine.TrySplit(commandLine, out var words, out var problem))
            throw new AdvisorStartException(problem!);
        // A program named with a path is found from the working directory, as a shell started there would find it.
        var command = words.ToArray();
        if (command[0].Contains('/', StringComparison.Ordinal) && !Path.IsPathRooted(command[0]))
            command[0] = Path.GetFullPath(command[0], workingDirectory);

        var advisor = new ExecAdvisor(commandLine, command, workingDirectory, options, log);
        try
        {
            for (var i = 0; i < advisor._workers.Length; i++)
                advisor._workers[i] = ExecWorker.Start(command, workingDirectory, i + 1, log, advisor.Activity, advisor.Ended);
        }
        catch (AdvisorStartException)
        {
            advisor.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        return advisor;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Version { get; }

    /// <inheritdoc />
    public AdvisorActivity Activity { get; } = new();

    /// <inheritdoc />
    /// <exception cref="AdvisorStartException">The program exited before it answered anything.</exception>
    public async ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken)
    {
        var scenario = request.Scenario ?? throw new ArgumentException("The request has no scenario.", nameof(request));
        var line = AdviceRequestJson.Line(request);
        string? cause = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (_startFailure is { } failure)
                throw new AdvisorStartException(failure);
            var worker = Acquire();
            if (worker is null)
                return AdvisorAnswer.Failed($"{_lastEnd}, and it was restarted {_options.MaxRestarts} times already");

            var reply = await worker.SendAsync(request, line, _options.Timeout, cancellationToken).ConfigureAwait(false);
            if (reply.Line is { } answer)
            {
                Interlocked.Increment(ref _answered);
                return Read(answer, scenario);
            }

            if (reply.ProgramExited && Volatile.Read(ref _answered) == 0)
            {
                var tail = worker.StderrTail;
                _startFailure ??= $"{reply.Failure} before answering anything" + (tail.Length > 0 ? $"; it said: {tail}" : "; see advisor.log");
                throw new AdvisorStartException(_startFailure);
            }

            cause = reply.Failure;
            if (attempt == 0)
                Activity.CountRetry();
        }

        return AdvisorAnswer.Failed($"{cause} (tried twice)");
    }

    private AdvisorAnswer Read(string line, Corpus.Scenario scenario)
    {
        using var document = JsonDocument.Parse(line);
        var read = AdvisorAnswerJson.Read(document.RootElement, scenario);
        if (read.AdvisorError is { } said)
            return AdvisorAnswer.Failed($"the program answered with an error: {said}");
        if (read.Problem is { } problem)
            return AdvisorAnswer.Failed($"{problem}: {AdvisorAnswerJson.Quote(line)}");
        foreach (var ignored in read.Ignored)
            _log.Write("answer", $"scenario '{scenario.Id}': {ignored}; left out");
        return AdvisorAnswer.Of(read.Advice!, json: AnswerFields(document.RootElement));
    }

    // The cache keeps the answer without its id and repeat, which the request line already holds.
    private static string AnswerFields(JsonElement answer)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var property in answer.EnumerateObject())
                if (property.Name is not ("id" or "repeat"))
                    property.WriteTo(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The running copy with the fewest requests in flight, starting one again when a copy ended and restarts are left.</summary>
    private ExecWorker? Acquire()
    {
        lock (_gate)
        {
            ExecWorker? best = null;
            for (var i = 0; i < _workers.Length; i++)
            {
                var worker = _workers[i];
                if (worker is null || !worker.Running)
                {
                    if (_restarts >= _options.MaxRestarts || _startFailure is not null)
                        continue;
                    _restarts++;
                    Activity.CountRestart();
                    _log.Write($"worker {i + 1}", $"started again (restart {_restarts} of {_options.MaxRestarts}): {worker?.EndCause ?? _lastEnd}");
                    try
                    {
                        worker = _workers[i] = ExecWorker.Start(_command, _workingDirectory, i + 1, _log, Activity, Ended);
                    }
                    catch (AdvisorStartException e)
                    {
                        _lastEnd = e.Message;
                        continue;
                    }
                }

                if (best is null || worker.InFlight < best.InFlight)
                    best = worker;
            }

            return best;
        }
    }

    private void Ended(ExecWorker worker)
    {
        lock (_gate)
            _lastEnd = worker.EndCause ?? _lastEnd;
    }

    /// <summary>
    /// The fingerprint of everything that decides the program's answers: the command line and the bytes of every file
    /// it names (the script, a model file), so editing the program invalidates its cached answers.
    /// </summary>
    private static string Fingerprint(IReadOnlyList<string> command, string workingDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var word in command)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(word + "\0"));
            var path = Path.GetFullPath(word, workingDirectory);
            if (word.Length > 0 && File.Exists(path))
                hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData("\0"u8);
        }

        return "exec-1:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Closes the programs' input; a copy still running after <see cref="ExecOptions.StopGrace"/> is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        ExecWorker?[] workers;
        lock (_gate)
        {
            workers = [.. _workers];
            // No copy is started again once the run is over.
            _restarts = int.MaxValue;
        }

        await Task.WhenAll(workers.OfType<ExecWorker>().Select(w => w.CloseAsync(_options.StopGrace))).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({_workers.Length} worker(s))");
}
