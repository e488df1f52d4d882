using System.Text.Json;
using EvalHarness.Reports;
using EvalHarness.Reports.Html;

namespace EvalHarness.Comparison;

/// <summary>
/// comparison.html: collects, as cases stream past, every scenario whose label, explanation or corpus entry changed (with
/// both sides' details while they fit, see <see cref="PageLimits"/>) and a random sample of the unchanged ones, then writes
/// the page with both runs' figures.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class ComparisonPage
{
    private const int Brief = 8, Sampled = 16;

    private readonly List<(long Position, ScenarioComparison Case)> _detailed = [];
    private readonly List<(long Position, ScenarioComparison Case)> _brief = [];
    private readonly ReservoirSample<ScenarioComparison> _sample = new(PageLimits.SampleSize, PageLimits.SampleSeed);
    private long _position, _detailBytes, _briefBytes, _changed, _leftOut;

    /// <summary>Considers one case for the page.</summary>
    public void Add(ScenarioComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var position = _position++;
        if (c.Changes == CaseChanges.None && c.Outcome is not (CaseOutcome.Added or CaseOutcome.Removed or CaseOutcome.Fixed or CaseOutcome.Regressed))
        {
            _sample.Offer(position, c);
            return;
        }
        _changed++;
        var estimate = 200 + Weight(c.Before) + Weight(c.After);
        if (_detailBytes + estimate <= PageLimits.DetailBytes)
        {
            _detailBytes += estimate;
            _detailed.Add((position, c));
        }
        else if (_briefBytes + 2 * PageLimits.BriefRowBytes(c.Id) <= PageLimits.BriefBytes)
        {
            _briefBytes += 2 * PageLimits.BriefRowBytes(c.Id);
            // Only what a brief row shows is kept: the records' long cells are dropped.
            _brief.Add((position, c with { Before = Slim(c.Before), After = Slim(c.After) }));
        }
        else
            _leftOut++;
    }

    /// <summary>Writes the page.</summary>
    public void Write(string path, CaseComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        HtmlPage.Write(path, $"EvalHarness comparison: {comparison.Before.Name} and {comparison.After.Name}", json => WriteData(json, comparison));
    }

    private void WriteData(Utf8JsonWriter json, CaseComparison c)
    {
        var strings = new StringTable();
        json.WriteStartObject();
        json.WriteString("kind", "comparison");
        json.WriteString("before", c.Before.Name);
        json.WriteString("after", c.After.Name);
        PageJson.Summary(json, c.Before.Summary.Select(kv => (kv.Key, kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal), "summaryBefore");
        PageJson.Summary(json, c.After.Summary.Select(kv => (kv.Key, kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal), "summaryAfter");
        json.WriteStartArray("warnings");
        foreach (var warning in c.Warnings)
            json.WriteStringValue(warning);
        json.WriteEndArray();
        json.WriteStartObject("outcomes");
        foreach (var outcome in Enum.GetValues<CaseOutcome>())
            json.WriteNumber(outcome.ToSlug(), c.Count(outcome));
        json.WriteEndObject();
        json.WriteNumber("predictionChanged", c.PredictionChanged);
        json.WriteNumber("explanationChanged", c.ExplanationChanged);
        json.WriteStartObject("delta");
        json.WriteNumber("shared", c.Delta.Shared);
        json.WriteNumber("added", c.Delta.Added);
        json.WriteNumber("removed", c.Delta.Removed);
        json.WriteNumber("textChanged", c.Delta.TextChanged);
        json.WriteNumber("panelChanged", c.Delta.PanelChanged);
        json.WriteEndObject();
        var paired = c.Paired;
        json.WriteStartObject("paired");
        json.WriteNumber("count", paired.Count);
        json.WriteNumber("bothRight", paired.BothRight);
        json.WriteNumber("regressed", paired.Regressed);
        json.WriteNumber("fixed", paired.Fixed);
        json.WriteNumber("bothWrong", paired.BothWrong);
        json.WriteString("accuracyBefore", ReportCsv.Number(paired.AccuracyBefore));
        json.WriteString("accuracyAfter", ReportCsv.Number(paired.AccuracyAfter));
        json.WriteString("difference", ReportCsv.Number(paired.Difference));
        json.WriteString("low", ReportCsv.Number(paired.DifferenceInterval?.Low));
        json.WriteString("high", ReportCsv.Number(paired.DifferenceInterval?.High));
        json.WriteString("mcnemarP", ReportCsv.Number(paired.McNemarP));
        json.WriteEndObject();
        PageJson.Confusion(json, "confusionBefore", c.ConfusionBefore);
        PageJson.Confusion(json, "confusionAfter", c.ConfusionAfter);
        PageJson.PerLabel(json, "perLabelBefore", c.ConfusionBefore.PerLabel());
        PageJson.PerLabel(json, "perLabelAfter", c.ConfusionAfter.PerLabel());

        var sample = _sample.Items;
        var rows = _detailed.Select(d => (d.Position, d.Case, Detailed: true, IsSample: false))
            .Concat(_brief.Select(b => (b.Position, b.Case, Detailed: false, IsSample: false)))
            .Concat(sample.Select(s => (s.Position, Case: s.Item, Detailed: true, IsSample: true)))
            .OrderBy(r => r.Position)
            .ToArray();
        long detailed = 0, brief = 0, sampleBytes = 0, overflow = 0, sampleDropped = 0;
        json.WriteStartArray("scenarios");
        foreach (var row in rows)
        {
            // The writer keeps what it has written until flushed; flushed a row at a time, a 5 MB page never sits in memory.
            if (json.BytesPending >= PageLimits.FlushBytes)
                json.Flush();
            // The cap holds whatever the estimates said: a row that would not fit is only counted.
            var before = json.BytesCommitted + json.BytesPending + strings.Bytes;
            var room = PageLimits.MaxPageBytes - PageLimits.ShellBytes - before;
            if (room < 2 * PageLimits.BriefRowBytes(row.Case.Id))
            {
                if (row.IsSample)
                    sampleDropped++;
                else
                    overflow++;
                continue;
            }
            var fits = room > 2 * (200 + Weight(row.Case.Before) + Weight(row.Case.After)) && (!row.IsSample || sampleBytes < PageLimits.SampleBytes);
            WriteRow(json, row.Case, strings, row.Detailed && fits, row.IsSample);
            if (row.Detailed && fits)
                detailed++;
            else
                brief++;
            if (row.IsSample)
                sampleBytes += json.BytesCommitted + json.BytesPending + strings.Bytes - before;
        }
        json.WriteEndArray();
        json.WriteStartObject("listing");
        json.WriteNumber("scenarios", _position);
        json.WriteNumber("changed", _changed);
        json.WriteNumber("changedListed", _detailed.Count + _brief.Count - overflow);
        json.WriteNumber("sampled", sample.Count - sampleDropped);
        json.WriteNumber("others", _sample.Seen);
        json.WriteNumber("detailed", detailed);
        json.WriteNumber("brief", brief);
        json.WriteNumber("leftOut", _leftOut + overflow);
        json.WriteEndObject();
        PageJson.Strings(json, strings);
        json.WriteEndObject();
    }

    /// <summary>
    /// A case: <c>[id, outcome, changes, flags, before, after]</c>; each side is <c>[expected, predicted, expert labels,
    /// leaf, path, evidence, reasons, warnings, cost, error, text]</c> with the cells of results.csv (the base side's text
    /// is <c>null</c> when it equals the new one's), or only <c>[expected, predicted]</c> in a brief row.
    /// </summary>
    private static void WriteRow(Utf8JsonWriter json, ScenarioComparison c, StringTable strings, bool detailed, bool sampled)
    {
        json.WriteStartArray();
        json.WriteStringValue(c.Id);
        json.WriteNumberValue(strings[c.Outcome.ToSlug()]);
        json.WriteNumberValue(strings[c.Changes.ToSlugs()]);
        json.WriteNumberValue((detailed ? 0 : Brief) | (sampled ? Sampled : 0));
        Side(json, c.Before, strings, detailed, sameTextAs: c.After?.Text);
        Side(json, c.After, strings, detailed, sameTextAs: null);
        json.WriteEndArray();
    }

    private static void Side(Utf8JsonWriter json, RecordedScenario? r, StringTable strings, bool detailed, string? sameTextAs)
    {
        if (r is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartArray();
        json.WriteNumberValue(PageJson.Label(r.Expected));
        json.WriteNumberValue(PageJson.Label(r.Predicted));
        if (detailed)
        {
            json.WriteNumberValue(strings[r.ExpertLabels]);
            json.WriteNumberValue(strings[r.Leaf]);
            json.WriteNumberValue(strings[r.Path]);
            json.WriteStringValue(r.Evidence);
            json.WriteNumberValue(strings[r.Reasons]);
            json.WriteNumberValue(strings[r.Warnings]);
            json.WriteNumberValue(strings[r.Cost]);
            json.WriteStringValue(r.AdvisorError);
            if (sameTextAs is not null && sameTextAs == r.Text)
                json.WriteNullValue();
            else
                json.WriteStringValue(r.Text);
        }
        json.WriteEndArray();
    }

    private static long Weight(RecordedScenario? r) => r is null ? 0 : r.Text.Length + r.Evidence.Length + r.AdvisorError.Length + 40;

    private static RecordedScenario? Slim(RecordedScenario? r) =>
        r is null ? null : new RecordedScenario(r.Id, r.Expected, r.Predicted, "", "", "", "", "", "", "", "");
}
