using System.Text.Json;
using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Reports.Html;

/// <summary>
/// report.html of a run: collects, as results stream past, the scenarios the page lists (every disagreement, and a random
/// sample of the rest; see <see cref="PageLimits"/>), then writes the page with the run's figures.
/// </summary>
/// <remarks>Memory is bounded: past <see cref="PageLimits.DetailBytes"/>, disagreements keep only their id and labels. Not thread-safe.</remarks>
public sealed class ReportPage
{
    /// <summary>Bits of a row's flags, read by the page's script.</summary>
    internal const int Contested = 1, Correct = 2, PanelSplit = 4, Brief = 8, Sampled = 16, MatchesExpert = 32;

    private readonly List<(long Position, ScenarioResult Result)> _detailed = [];
    private readonly List<(long Position, BriefRow Row)> _brief = [];
    private readonly ReservoirSample<ScenarioResult> _sample = new(PageLimits.SampleSize, PageLimits.SampleSeed);
    private long _position, _detailBytes, _briefBytes, _disagreements, _leftOut;

    /// <summary>Considers one result for the page.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var position = _position++;
        if (result.Correct)
        {
            _sample.Offer(position, result);
            return;
        }
        // Wrong, contested, or without a prediction: a disagreement the page lists, with details while they fit.
        _disagreements++;
        var estimate = Estimate(result);
        if (_detailBytes + estimate <= PageLimits.DetailBytes)
        {
            _detailBytes += estimate;
            _detailed.Add((position, result));
        }
        else if (_briefBytes + PageLimits.BriefRowBytes(result.Scenario.Id) <= PageLimits.BriefBytes)
        {
            _briefBytes += PageLimits.BriefRowBytes(result.Scenario.Id);
            _brief.Add((position, BriefRow.Of(result)));
        }
        else
            _leftOut++;
    }

    /// <summary>
    /// The rows the page lists, merged by position: each list is in corpus order already, so a merge gives what sorting
    /// them together gave, without the sort and the copies that were a large run's last 40 ms on one core.
    /// </summary>
    private IEnumerable<(long Position, ScenarioResult? Result, BriefRow? Brief, bool Sampled)> RowsInCorpusOrder()
    {
        var sample = _sample.Items;
        int d = 0, b = 0, s = 0;
        while (d < _detailed.Count || b < _brief.Count || s < sample.Count)
        {
            var nextDetailed = d < _detailed.Count ? _detailed[d].Position : long.MaxValue;
            var nextBrief = b < _brief.Count ? _brief[b].Position : long.MaxValue;
            var nextSampled = s < sample.Count ? sample[s].Position : long.MaxValue;
            if (nextDetailed <= nextBrief && nextDetailed <= nextSampled)
                yield return (nextDetailed, _detailed[d++].Result, null, false);
            else if (nextBrief <= nextSampled)
                yield return (nextBrief, null, _brief[b++].Row, false);
            else
                yield return (nextSampled, sample[s++].Item, null, true);
        }
    }

    /// <summary>Writes the page.</summary>
    /// <param name="path">The file to create (report.html).</param>
    /// <param name="metrics">The run's figures.</param>
    /// <param name="summary">The rows of summary.csv, metric and cell, so the page shows exactly what the file says.</param>
    /// <param name="verdict">The gate's verdict, when a gate was checked.</param>
    /// <param name="comparison">The comparison with the baseline, when there was one (its page is comparison.html beside this one).</param>
    public void Write(string path, EvaluationMetrics metrics, IReadOnlyList<(string Metric, string Value)> summary, GateVerdict? verdict, RunComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(summary);
        HtmlPage.Write(path, "EvalHarness report", json => WriteData(json, metrics, summary, verdict, comparison));
    }

    private void WriteData(Utf8JsonWriter json, EvaluationMetrics m, IReadOnlyList<(string Metric, string Value)> summary, GateVerdict? verdict, RunComparison? comparison)
    {
        var strings = new StringTable();
        json.WriteStartObject();
        json.WriteString("kind", "report");
        PageJson.Summary(json, summary);
        PageJson.Gate(json, verdict);
        PageJson.Confusion(json, "confusion", m.Confusion);
        PageJson.PerLabel(json, "perLabel", m.PerLabel);
        WriteAnnotators(json, m);
        WriteCoverage(json, m);
        if (comparison?.Cases is { } cases)
        {
            json.WriteStartObject("comparison");
            json.WriteString("file", "comparison.html");
            json.WriteNumber("regressed", cases.Count(Comparison.CaseOutcome.Regressed));
            json.WriteNumber("fixed", cases.Count(Comparison.CaseOutcome.Fixed));
            json.WriteNumber("predictionChanged", cases.PredictionChanged);
            json.WriteNumber("explanationChanged", cases.ExplanationChanged);
            json.WriteString("mcnemarP", ReportCsv.Number(cases.Paired.McNemarP));
            json.WriteEndObject();
        }

        // Rows in corpus order: disagreements with details, then briefly, and the sample, merged by position.
        long detailed = 0, brief = 0, sampleBytes = 0, overflow = 0, sampleDropped = 0;
        json.WriteStartArray("scenarios");
        foreach (var row in RowsInCorpusOrder())
        {
            // The writer keeps what it has written until flushed; flushed a row at a time, a 5 MB page never sits in memory.
            if (json.BytesPending >= PageLimits.FlushBytes)
                json.Flush();
            // The cap holds whatever the estimates said: a row that would not fit is only counted.
            var before = json.BytesCommitted + json.BytesPending + strings.Bytes;
            var room = PageLimits.MaxPageBytes - PageLimits.ShellBytes - before;
            var id = row.Result?.Scenario.Id ?? row.Brief!.Value.Id;
            if (room < PageLimits.BriefRowBytes(id))
            {
                if (row.Sampled)
                    sampleDropped++;
                else
                    overflow++;
                continue;
            }
            if (row.Result is { } result && (!row.Sampled || sampleBytes < PageLimits.SampleBytes) && room > 2 * Estimate(result))
            {
                WriteRow(json, result, strings, row.Sampled);
                detailed++;
                if (row.Sampled)
                    sampleBytes += json.BytesCommitted + json.BytesPending + strings.Bytes - before;
            }
            else
            {
                (row.Brief ?? BriefRow.Of(row.Result!)).Write(json, row.Sampled);
                brief++;
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("listing");
        json.WriteNumber("scenarios", _position);
        json.WriteNumber("disagreements", _disagreements);
        json.WriteNumber("disagreementsListed", _detailed.Count + _brief.Count - overflow);
        json.WriteNumber("sampled", _sample.Count - sampleDropped);
        json.WriteNumber("others", _sample.Seen);
        json.WriteNumber("detailed", detailed);
        json.WriteNumber("brief", brief);
        json.WriteNumber("leftOut", _leftOut + overflow);
        json.WriteEndObject();
        PageJson.Strings(json, strings);
        json.WriteEndObject();
    }

    private static void WriteAnnotators(Utf8JsonWriter json, EvaluationMetrics m)
    {
        json.WriteStartArray("annotators");
        foreach (var a in m.Annotators)
        {
            json.WriteStartArray();
            json.WriteStringValue(a.Annotator);
            json.WriteNumberValue(a.Labels);
            json.WriteStringValue(ReportCsv.Number(a.AgreementWithPanel));
            json.WriteStringValue(ReportCsv.Number(a.AgreementWithClassifier));
            json.WriteStringValue(ReportCsv.Number(a.CohenKappaWithClassifier));
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("pairs");
        foreach (var p in m.AnnotatorPairs)
        {
            json.WriteStartArray();
            json.WriteStringValue(p.First);
            json.WriteStringValue(p.Second);
            json.WriteNumberValue(p.Scenarios);
            json.WriteStringValue(ReportCsv.Number(p.Agreement));
            json.WriteStringValue(ReportCsv.Number(p.CohenKappa));
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteCoverage(Utf8JsonWriter json, EvaluationMetrics m)
    {
        json.WriteStartObject("coverage");
        Counts(json, "leaves", Enum.GetValues<Leaf>().Select(l => l.ToSlug()), m.Coverage.Leaves);
        Counts(json, "reasons", Enum.GetValues<FineTuneReason>().Select(r => r.ToSlug()), m.Coverage.Reasons);
        Counts(json, "warnings", Enum.GetValues<WarningCode>().Select(w => w.ToSlug()), m.Coverage.Warnings);
        json.WriteNumber("rules", m.Rules.Count);
        json.WriteStartArray("deadRules");
        foreach (var rule in m.Rules.Where(r => r.Scenarios == 0))
        {
            json.WriteStartArray();
            json.WriteStringValue(rule.Rule.Id);
            json.WriteStringValue(rule.Rule.Kind);
            json.WriteStringValue(rule.Rule.Description);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, IEnumerable<string> slugs, IReadOnlyList<long> counts)
    {
        json.WriteStartArray(name);
        var i = 0;
        foreach (var slug in slugs)
        {
            json.WriteStartArray();
            json.WriteStringValue(slug);
            json.WriteNumberValue(i < counts.Count ? counts[i] : 0);
            json.WriteEndArray();
            i++;
        }
        json.WriteEndArray();
    }

    /// <summary>
    /// A listed scenario: <c>[id, text, tags, expected, predicted, flags, labels, leaf, path, evidence, reasons, warnings,
    /// cost, error, stability]</c>; labels are <c>[annotator, label, rationale]</c>, and strings a page repeats are numbers
    /// into its string table (-1 for none). The cells are those of results.csv.
    /// </summary>
    private static void WriteRow(Utf8JsonWriter json, ScenarioResult r, StringTable strings, bool sampled)
    {
        json.WriteStartArray();
        json.WriteStringValue(r.Scenario.Id);
        json.WriteStringValue(r.Scenario.Text ?? "");
        json.WriteStartArray();
        foreach (var tag in r.Scenario.Tags)
            json.WriteNumberValue(strings[tag]);
        json.WriteEndArray();
        json.WriteNumberValue(PageJson.Label(r.Expected));
        json.WriteNumberValue(PageJson.Label(r.Predicted));
        json.WriteNumberValue(Flags(r) | (sampled ? Sampled : 0));
        json.WriteStartArray();
        foreach (var label in r.ExpertLabels)
        {
            json.WriteStartArray();
            json.WriteNumberValue(strings[label.Annotator]);
            json.WriteNumberValue((int)label.Label);
            json.WriteNumberValue(strings[label.Rationale]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        var advice = r.Advice;
        json.WriteNumberValue(strings[advice?.Leaf?.ToSlug()]);
        json.WriteNumberValue(strings[advice is null ? null : AdviceText.Path(advice)]);
        json.WriteStringValue(advice is null ? "" : AdviceText.Evidence(advice));
        json.WriteNumberValue(strings[advice is null ? null : string.Join(';', advice.Reasons.Select(x => x.ToSlug()))]);
        json.WriteNumberValue(strings[advice is null ? null : string.Join(';', advice.Warnings.Select(x => x.Code.ToSlug()))]);
        json.WriteNumberValue(strings[Comparison.RecordedScenarios.Cost(advice?.Cost)]);
        json.WriteStringValue(r.AdvisorError ?? "");
        json.WriteNumberValue(strings[r.AdvisorError is null ? ReportCsv.Number(r.Stability) : null]);
        json.WriteEndArray();
    }

    internal static int Flags(ScenarioResult r) =>
        (r.Contested ? Contested : 0) | (r.Correct ? Correct : 0) | (r.PanelSplit ? PanelSplit : 0) | (r.MatchesAnyExpert ? MatchesExpert : 0);

    // What a row's details will weigh in the page, near enough to keep a page within its limits while streaming.
    private static long Estimate(ScenarioResult r) =>
        120 + (r.Scenario.HasUtf8Text ? r.Scenario.Utf8Text.Length : (r.Scenario.Text?.Length ?? 0)) + 12 * r.ExpertLabels.Count
        + (r.Advice is { } advice ? 40 * advice.Path.Sum(s => s.Evidence.Count) : 0) + (r.AdvisorError?.Length ?? 0);

    /// <summary>A scenario listed without its details: its id, panel label, prediction and flags.</summary>
    private readonly record struct BriefRow(string Id, int Expected, int Predicted, int Flags)
    {
        public static BriefRow Of(ScenarioResult r) => new(r.Scenario.Id, PageJson.Label(r.Expected), PageJson.Label(r.Predicted), ReportPage.Flags(r));

        public void Write(Utf8JsonWriter json, bool sampled)
        {
            json.WriteStartArray();
            json.WriteStringValue(Id);
            json.WriteNullValue();
            json.WriteStartArray();
            json.WriteEndArray();
            json.WriteNumberValue(Expected);
            json.WriteNumberValue(Predicted);
            json.WriteNumberValue(Flags | Brief | (sampled ? Sampled : 0));
            json.WriteEndArray();
        }
    }
}
