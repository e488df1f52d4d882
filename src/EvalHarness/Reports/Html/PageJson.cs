using System.Text.Json;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Reports.Html;

/// <summary>The parts report.html and comparison.html share, written as the page's script reads them.</summary>
public static class PageJson
{
    /// <summary>A label as the page numbers it: its index in <see cref="ApproachText.All"/>'s order, or -1 for none.</summary>
    public static int Label(Approach? approach) => approach is { } a ? (int)a : -1;

    /// <summary>Writes <c>"summary": [[metric, value], …]</c>, the cells of summary.csv.</summary>
    public static void Summary(Utf8JsonWriter json, IEnumerable<(string Metric, string Value)> summary, string name = "summary")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(summary);
        json.WriteStartArray(name);
        foreach (var (metric, value) in summary)
        {
            json.WriteStartArray();
            json.WriteStringValue(metric);
            json.WriteStringValue(value);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>Writes <c>"gate"</c>: null without a gate, else whether it passed, each condition, and each failure.</summary>
    public static void Gate(Utf8JsonWriter json, GateVerdict? verdict)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (verdict is null)
        {
            json.WriteNull("gate");
            return;
        }
        json.WriteStartObject("gate");
        json.WriteBoolean("passed", verdict.Passed);
        json.WriteStartArray("conditions");
        foreach (var condition in verdict.Conditions)
        {
            json.WriteStartArray();
            json.WriteStringValue(condition.Text);
            json.WriteBooleanValue(condition.Passed);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("failures");
        foreach (var failure in verdict.Failures)
            json.WriteStringValue(failure);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes a confusion matrix as rows of counts, panel label by prediction, in label order.</summary>
    public static void Confusion(Utf8JsonWriter json, string name, ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(confusion);
        json.WriteStartArray(name);
        foreach (var expected in ApproachText.All)
        {
            json.WriteStartArray();
            foreach (var predicted in ApproachText.All)
                json.WriteNumberValue(confusion[expected, predicted]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>Writes per-label figures as <c>[label, precision, recall, f1, support, predicted]</c>, figures as the CSV files write them.</summary>
    public static void PerLabel(Utf8JsonWriter json, string name, IReadOnlyList<LabelMetrics> perLabel)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(perLabel);
        json.WriteStartArray(name);
        foreach (var l in perLabel)
        {
            json.WriteStartArray();
            json.WriteStringValue(l.Label.ToSlug());
            json.WriteStringValue(ReportCsv.Number(l.Precision));
            json.WriteStringValue(ReportCsv.Number(l.Recall));
            json.WriteStringValue(ReportCsv.Number(l.F1));
            json.WriteNumberValue(l.Support);
            json.WriteNumberValue(l.Predicted);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>Writes the string table the rows refer to, and the labels in the order rows number them.</summary>
    internal static void Strings(Utf8JsonWriter json, StringTable strings)
    {
        json.WriteStartArray("labels");
        foreach (var label in ApproachText.All)
            json.WriteStringValue(label.ToSlug());
        json.WriteEndArray();
        json.WriteStartArray("strings");
        foreach (var s in strings.Strings)
            json.WriteStringValue(s);
        json.WriteEndArray();
    }
}
