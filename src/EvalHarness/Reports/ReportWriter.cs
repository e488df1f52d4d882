using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports.Html;

namespace EvalHarness.Reports;

/// <summary>Writes every report of a run into a folder: the per-scenario files as results arrive, the summaries at the end.</summary>
/// <remarks>Memory stays flat however many scenarios there are: only the first disagreements for summary.md are kept.</remarks>
public sealed class ReportWriter : IDisposable
{
    private readonly string _folder;
    private readonly ResultsCsvWriter _results;
    private readonly DisagreementsCsvWriter _disagreements;
    private readonly List<ScenarioResult> _topDisagreements = [];
    private readonly ReportPage _page = new();
    private readonly List<ScenarioResult> _topAdvisorErrors = [];
    private ScenarioResult[] _pending = new ScenarioResult[BatchSize];
    private ScenarioResult[] _writing = new ScenarioResult[BatchSize];
    private Task _written = Task.CompletedTask;
    private int _pendingCount;
    private bool _resultsComplete;

    /// <summary>Results are formatted in batches of this many, on every core, while the caller goes on producing the next.</summary>
    /// <remarks>Small, so a batch is still in the processor's cache when it is formatted, and garbage by the next collection (see docs/performance.md).</remarks>
    internal const int BatchSize = 512;

    /// <summary>Starts writing into an existing, empty folder.</summary>
    public ReportWriter(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder;
        _results = new ResultsCsvWriter(Path.Combine(folder, "results.csv"));
        _disagreements = new DisagreementsCsvWriter(Path.Combine(folder, "disagreements.csv"));
    }

    /// <summary>How many rows of each kind disagreements.csv gets, and the first scenarios of each.</summary>
    public DisagreementTally Disagreements { get; } = new();

    /// <summary>Adds one scenario's rows; they are written a batch at a time.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Disagreements.Add(result);
        _pending[_pendingCount++] = result;
        if (_pendingCount == BatchSize)
            WritePending();
        _page.Add(result);
        if (result.AdvisorError is not null && _topAdvisorErrors.Count < SummaryMarkdownWriter.TopDisagreements)
            _topAdvisorErrors.Add(result);
        if (result.Contested || result.Correct)
            return;
        if (_topDisagreements.Count < SummaryMarkdownWriter.TopDisagreements)
            _topDisagreements.Add(result);
    }

    /// <summary>The results.csv being written.</summary>
    public string ResultsPath => Path.Combine(_folder, "results.csv");

    /// <summary>Finishes results.csv, so it can be read back (by the comparison with a baseline) before the summaries are written.</summary>
    public void CompleteResults()
    {
        if (_resultsComplete)
            return;
        WritePending();
        _written.GetAwaiter().GetResult();
        _results.Dispose();
        _resultsComplete = true;
    }

    /// <summary>Finishes the per-scenario files and writes the summaries (and regressions.csv when compared with a baseline).</summary>
    public void Complete(EvaluationMetrics metrics, RunStamp stamp, RunComparison? comparison, GateVerdict? verdict)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(stamp);
        CompleteResults();
        // The work list is joined from its parts while the summaries are written: nothing else is left to run beside them.
        var joining = Task.Run(_disagreements.Complete);
        try
        {
            WriteSummaries(metrics, stamp, comparison, verdict);
        }
        catch
        {
            WaitQuietly(joining);
            throw;
        }

        joining.GetAwaiter().GetResult();
    }

    private void WriteSummaries(EvaluationMetrics metrics, RunStamp stamp, RunComparison? comparison, GateVerdict? verdict)
    {
        SummaryCsvWriter.Write(Path.Combine(_folder, "summary.csv"), metrics, stamp);
        PerLabelCsvWriter.Write(Path.Combine(_folder, "per_label.csv"), metrics);
        ConfusionCsvWriter.Write(Path.Combine(_folder, "confusion.csv"), metrics.Confusion);
        AnnotatorsCsvWriter.Write(Path.Combine(_folder, "annotators.csv"), metrics);
        RulesCsvWriter.Write(Path.Combine(_folder, "rules.csv"), metrics);
        AnnotatorPairsCsvWriter.Write(Path.Combine(_folder, "annotator_pairs.csv"), metrics);
        CoverageCsvWriter.Write(Path.Combine(_folder, "coverage.csv"), metrics);
        var markdown = SummaryMarkdownWriter.Render(metrics, _topDisagreements, metrics.Scored - (int)metrics.Confusion.Correct, stamp, comparison, verdict, _topAdvisorErrors);
        File.WriteAllText(Path.Combine(_folder, "summary.md"), markdown);
        if (comparison is not null)
            RegressionsCsvWriter.Write(Path.Combine(_folder, "regressions.csv"), comparison);
        // The page shows summary.csv's own cells, so its headline reads exactly as the file does.
        _page.Write(Path.Combine(_folder, "report.html"), metrics, SummaryCsvWriter.ReadCells(Path.Combine(_folder, "summary.csv")), verdict, comparison);
    }

    // Waits for a task without throwing: the first failure is the one reported.
    private static void WaitQuietly(Task task) =>
        task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();

    private void WritePending()
    {
        // One batch is formatted in the background while the next fills; batches are written in order, since each
        // waits for the one before. A failure surfaces here or in Complete.
        _written.GetAwaiter().GetResult();
        (_pending, _writing) = (_writing, _pending);
        var batch = _writing;
        var count = _pendingCount;
        _pendingCount = 0;
        _written = Task.Run(() =>
        {
            // Both files in one pass over the batch, split across the cores.
            var parts = ParallelCsvFile.InParts(count, (part, from, to) =>
            {
                _results.Format(part, batch, from, to);
                _disagreements.Format(part, batch, from, to);
            });
            _results.Append(parts);
            _disagreements.Append(parts);
            Array.Clear(batch, 0, count);
        });
    }

    /// <summary>Closes the files of an unfinished run.</summary>
    public void Dispose()
    {
        // The files are closed only after the batch being written, even when that batch failed.
        WaitQuietly(_written);
        _results.Dispose();
        _disagreements.Dispose();
    }
}
