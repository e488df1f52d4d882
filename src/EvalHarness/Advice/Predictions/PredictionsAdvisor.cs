using System.Collections.Concurrent;
using System.Security.Cryptography;
using EvalHarness.Corpus;

namespace EvalHarness.Advice.Predictions;

/// <summary>
/// Answers made elsewhere, read from a predictions file (<c>--advisor predictions:PATH</c>). A corpus scenario without
/// a prediction, a prediction for an id the run never asked for, a duplicate or an unreadable row is a located problem
/// (<see cref="IInputCheckedAdvisor"/>): the run reports them all and writes nothing.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class PredictionsAdvisor : IExternalAdvisor, IInputCheckedAdvisor
{
    private const int MaxIdsForHints = 100_000;
    private readonly Dictionary<(string Id, int Repeat), Prediction> _predictions;
    private readonly ConcurrentDictionary<(string Id, int Repeat), bool> _asked = new();
    private readonly ConcurrentBag<CorpusProblem> _missing = [];
    private readonly IReadOnlyList<CorpusProblem> _fileProblems;
    private readonly string _shownPath;

    private PredictionsAdvisor(string shownPath, Dictionary<(string, int), Prediction> predictions, IReadOnlyList<CorpusProblem> fileProblems, string version)
    {
        _shownPath = shownPath;
        _predictions = predictions;
        _fileProblems = fileProblems;
        Version = version;
        Name = $"predictions:{shownPath}";
    }

    /// <summary>Reads a predictions file; its problems are in <see cref="InputProblems"/>, so a broken file still lets the corpus be checked in the same pass.</summary>
    /// <param name="workingDirectory">The folder <paramref name="path"/> is relative to.</param>
    /// <param name="path">The file as the user named it; problems name it so.</param>
    public static PredictionsAdvisor Open(string workingDirectory, string path)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new CorpusProblemList();
        var predictions = PredictionsFile.Read(workingDirectory, path, problems);
        var full = Path.GetFullPath(path, workingDirectory);
        var version = File.Exists(full)
            ? "predictions-sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full)))[..16]
            : "predictions-missing";
        return new PredictionsAdvisor(path, predictions, problems.Sorted(), version);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Version { get; }

    /// <inheritdoc />
    public AdvisorActivity Activity { get; } = new();

    /// <summary>How many answers the file holds.</summary>
    public int Count => _predictions.Count;

    /// <inheritdoc />
    /// <remarks>A prediction for an id that is not in the corpus comes with the nearest id of the corpus, when one is close.</remarks>
    public IReadOnlyList<CorpusProblem> InputProblems(IEnumerable<string>? corpusIds)
    {
        var problems = new List<CorpusProblem>(_fileProblems);
        problems.AddRange(_missing.OrderBy(p => p.Line));
        if (corpusIds is null)
            return problems;
        var ids = corpusIds.ToHashSet(StringComparer.Ordinal);
        foreach (var ((id, _), prediction) in _predictions.OrderBy(p => p.Value.Line))
        {
            if (ids.Contains(id))
                continue;
            // Above some 100,000 ids the search for a near one would cost more than the run; the id is still named.
            var near = ids.Count <= MaxIdsForHints ? EditDistance.Nearest(id, ids) : null;
            problems.Add(new CorpusProblem(_shownPath, prediction.Line, $"prediction for '{id}', which is not a scenario of the corpus",
                near is null ? "remove the row, or add the scenario to the corpus" : $"did you mean '{near}'?"));
        }

        return problems;
    }

    /// <inheritdoc />
    public ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken)
    {
        var scenario = request.Scenario ?? throw new ArgumentException("The request has no scenario.", nameof(request));
        var key = (scenario.Id, request.Repeat);
        _asked.TryAdd(key, true);
        Activity.CountRequest();
        if (!_predictions.TryGetValue(key, out var prediction))
        {
            var which = request.Repeat == 0 ? "" : $" for repeat {request.Repeat}";
            _missing.Add(new CorpusProblem(CorpusFiles.Scenarios, scenario.Line, $"scenario '{scenario.Id}' has no prediction{which} in {_shownPath}",
                $"add a row for '{scenario.Id}' to {_shownPath}"));
            return ValueTask.FromResult(AdvisorAnswer.Failed($"no prediction{which} in {_shownPath}"));
        }

        var answer = prediction.Advice is { } advice
            ? AdvisorAnswer.Of(advice with { Cost = AdvisorAnswerJson.CostOf(scenario) })
            : AdvisorAnswer.Failed(prediction.Error ?? "the predictions file records an error");
        return ValueTask.FromResult(answer);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
