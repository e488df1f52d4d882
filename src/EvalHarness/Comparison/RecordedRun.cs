using System.Globalization;
using CsvHelper;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Comparison;

/// <summary>
/// A run as a report folder records it: the figures of its summary.csv, its run stamp, and its scenarios, streamed from
/// results.csv (or held in memory) so that two runs of a million scenarios can be compared without holding either.
/// </summary>
public sealed class RecordedRun
{
    /// <summary>The columns of results.csv without which a run cannot be compared.</summary>
    public static readonly string[] RequiredColumns = ["scenario_id", "expected", "predicted"];

    private static readonly CsvReaderOptions ReaderOptions = new() { Separator = ',', TrackLineNumbers = true, MaxRecordSize = 1 << 24 };

    private static readonly (string Column, CaseChanges Aspect)[] Aspects =
    [
        ("expert_labels", CaseChanges.Panel), ("leaf", CaseChanges.Leaf), ("path", CaseChanges.Path), ("evidence", CaseChanges.Evidence),
        ("reasons", CaseChanges.Reasons), ("warnings", CaseChanges.Warnings), ("monthly_savings", CaseChanges.Cost),
        ("advisor_error", CaseChanges.Error), ("text", CaseChanges.Text),
    ];

    private readonly Func<List<CorpusProblem>, IEnumerable<RecordedScenario>> _scenarios;

    private RecordedRun(string name, IReadOnlyDictionary<string, string> summary, CaseChanges recorded, Func<List<CorpusProblem>, IEnumerable<RecordedScenario>> scenarios)
    {
        Name = name;
        Summary = summary;
        Recorded = recorded;
        _scenarios = scenarios;
    }

    /// <summary>How the run is named in messages: the folder as the user gave it, or a label for a run in memory.</summary>
    public string Name { get; }

    /// <summary>Every row of summary.csv, metric to cell, figures and run stamp alike (<c>accuracy</c>, <c>advisor_version</c>).</summary>
    public IReadOnlyDictionary<string, string> Summary { get; }

    /// <summary>The aspects of advice and corpus this run records; an older report may lack some columns, which are then not compared.</summary>
    public CaseChanges Recorded { get; }

    /// <summary>A figure of summary.csv; <c>null</c> when absent, empty or not a number.</summary>
    public double? Metric(string name) =>
        Summary.TryGetValue(name, out var cell) && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A cell of summary.csv as written, such as <c>advisor_version</c>; empty when absent.</summary>
    public string Stamp(string name) => Summary.GetValueOrDefault(name, "");

    /// <summary>
    /// The same run limited to the scenarios whose id <paramref name="includes"/> accepts: a baseline seen through the
    /// slice of its corpus a run evaluated (<c>eval --tag</c>), so the scenarios left out are not taken for removed.
    /// </summary>
    public RecordedRun Only(Func<string, bool> includes)
    {
        ArgumentNullException.ThrowIfNull(includes);
        return new RecordedRun(Name, Summary, Recorded, problems => _scenarios(problems).Where(s => includes(s.Id)));
    }

    /// <summary>The scenarios in file order; a row that cannot be read becomes a problem in <paramref name="problems"/> and is skipped.</summary>
    public IEnumerable<RecordedScenario> Scenarios(List<CorpusProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return _scenarios(problems);
    }

    /// <summary>
    /// Opens a report folder: reads summary.csv and checks results.csv's header at once, so a missing or broken folder is
    /// named before anything is compared. <paramref name="name"/> names the folder in problems (default: the path as given).
    /// </summary>
    public static (RecordedRun? Run, IReadOnlyList<CorpusProblem> Problems) Open(string folder, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        name ??= folder;
        var problems = new List<CorpusProblem>();
        if (!Directory.Exists(folder))
            return (null, [new CorpusProblem(name, 0, "report folder not found", "give a folder that 'eval-harness eval' wrote, such as reports/latest")]);
        var summary = ReadSummary(Path.Combine(folder, "summary.csv"), name, problems);
        var results = Path.Combine(folder, "results.csv");
        var recorded = ReadHeader(results, name, problems);
        if (problems.Count > 0)
            return (null, problems);
        return (new RecordedRun(name, summary, recorded, found => ReadResults(results, name, found)), problems);
    }

    /// <summary>A run of results in memory, recorded as its report folder would record it.</summary>
    public static RecordedRun FromResults(string name, IEnumerable<ScenarioResult> results, EvaluationMetrics metrics, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(results);
        return FromRecords(name, results.Select(RecordedScenarios.From), SummaryOf(metrics, stamp));
    }

    /// <summary>A run of records in memory, with the rows its summary.csv would hold.</summary>
    public static RecordedRun FromRecords(string name, IEnumerable<RecordedScenario> scenarios, IReadOnlyDictionary<string, string> summary)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(summary);
        var all = CaseChanges.Prediction;
        foreach (var (_, aspect) in Aspects)
            all |= aspect;
        return new RecordedRun(name, summary, all, _ => scenarios);
    }

    /// <summary>A report folder whose summary is in memory: the run being written, before its summary.csv exists.</summary>
    public static (RecordedRun? Run, IReadOnlyList<CorpusProblem> Problems) OpenResults(string resultsCsv, string name, EvaluationMetrics metrics, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(resultsCsv);
        var problems = new List<CorpusProblem>();
        var recorded = ReadHeader(resultsCsv, name, problems);
        return problems.Count > 0 ? (null, problems)
            : (new RecordedRun(name, SummaryOf(metrics, stamp), recorded, found => ReadResults(resultsCsv, name, found)), problems);
    }

    /// <summary>The rows summary.csv holds for these metrics and stamp, as cells.</summary>
    public static IReadOnlyDictionary<string, string> SummaryOf(EvaluationMetrics metrics, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(stamp);
        var summary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in SummaryRow.All)
            summary[row.Name] = row.IsCount ? ((long)row.Value(metrics)!.Value).ToString(CultureInfo.InvariantCulture) : ReportCsv.Number(row.Value(metrics));
        summary["harness_version"] = stamp.HarnessVersion;
        summary["advisor_version"] = stamp.AdvisorVersion;
        summary["scenarios_sha256"] = stamp.ScenariosSha256;
        summary["labels_sha256"] = stamp.LabelsSha256;
        return summary;
    }

    private static Dictionary<string, string> ReadSummary(string path, string name, List<CorpusProblem> problems)
    {
        var summary = new Dictionary<string, string>(StringComparer.Ordinal);
        Read(path, name, problems, csv =>
        {
            var metric = Array.FindIndex(csv.Headers.ToArray(), h => h == "metric");
            var value = Array.FindIndex(csv.Headers.ToArray(), h => h == "value");
            if (metric < 0 || value < 0)
            {
                problems.Add(Problem(name, "summary.csv", 1, "missing column(s) metric, value"));
                return;
            }
            while (csv.Read())
                summary[csv.GetString(metric)] = csv.GetString(value);
        });
        return summary;
    }

    private static CaseChanges ReadHeader(string path, string name, List<CorpusProblem> problems)
    {
        var recorded = CaseChanges.Prediction;
        Read(path, name, problems, csv =>
        {
            var headers = csv.Headers.ToArray();
            var missing = RequiredColumns.Where(c => !headers.Contains(c, StringComparer.Ordinal)).ToArray();
            if (missing.Length > 0)
                problems.Add(Problem(name, "results.csv", 1, $"missing column(s) {string.Join(", ", missing)}"));
            foreach (var (column, aspect) in Aspects)
                if (headers.Contains(column, StringComparer.Ordinal))
                    recorded |= aspect;
        });
        return recorded;
    }

    private static IEnumerable<RecordedScenario> ReadResults(string path, string name, List<CorpusProblem> problems)
    {
        using var csv = CsvReader.FromFile(path, ReaderOptions);
        var headers = csv.Headers.ToArray();
        int Column(string column) => Array.IndexOf(headers, column);
        int id = Column("scenario_id"), expected = Column("expected"), predicted = Column("predicted"), labels = Column("expert_labels"),
            leaf = Column("leaf"), path_ = Column("path"), evidence = Column("evidence"), reasons = Column("reasons"), warnings = Column("warnings"),
            prompted = Column("prompted_daily_cost"), fineTuned = Column("fine_tuned_daily_cost"), savings = Column("monthly_savings"),
            text = Column("text"), error = Column("advisor_error"), stability = Column("stability");
        string Cell(int column) => column < 0 ? "" : csv.GetString(column);
        while (true)
        {
            RecordedScenario? row = null;
            try
            {
                if (!csv.Read())
                    break;
                var line = (int)csv.LineNumber;
                var expectedCell = Cell(expected);
                var predictedCell = Cell(predicted);
                Approach? expectedLabel = null, predictedLabel = null;
                if ((expectedCell.Length > 0 && !ApproachText.TryParse(expectedCell, out expectedLabel))
                    || (predictedCell.Length > 0 && !ApproachText.TryParse(predictedCell, out predictedLabel)))
                {
                    problems.Add(Problem(name, "results.csv", line, $"unknown label in '{expectedCell}' or '{predictedCell}'"));
                    continue;
                }
                var cost = savings < 0 || Cell(savings).Length == 0 ? "" : $"{Cell(prompted)}/{Cell(fineTuned)}/{Cell(savings)}";
                row = new RecordedScenario(Cell(id), expectedLabel, predictedLabel, Cell(labels), Cell(leaf), Cell(path_), Cell(evidence),
                    Cell(reasons), Cell(warnings), cost, Cell(text), Cell(error), Cell(stability));
            }
            catch (Exception e) when (e is CsvFormatException or IOException)
            {
                problems.Add(Problem(name, "results.csv", (int)csv.LineNumber, $"cannot be read: {e.Message}"));
                yield break;
            }
            yield return row;
        }
    }

    private static void Read(string path, string name, List<CorpusProblem> problems, Action<CsvReader> read)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(Problem(name, file, 0, "not found"));
            return;
        }
        try
        {
            using var csv = CsvReader.FromFile(path, ReaderOptions);
            read(csv);
        }
        catch (Exception e) when (e is CsvFormatException or IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(name, file, 0, $"cannot be read: {e.Message}"));
        }
    }

    private static CorpusProblem Problem(string folder, string file, int line, string message) =>
        new($"{folder.TrimEnd('/', '\\')}/{file}", line, message, "compare report folders written by 'eval-harness eval'; rewrite a baseline with 'eval-harness eval --update-baseline'");
}
