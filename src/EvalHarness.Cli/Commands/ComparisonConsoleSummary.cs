using System.Globalization;
using EvalHarness.Comparison;
using EvalHarness.Corpus;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>The short summary of a comparison on the console: the counts, the paired statistics, and each regressed and fixed scenario by name.</summary>
internal static class ComparisonConsoleSummary
{
    /// <summary>How many scenarios whose explanation alone changed are named; the rest are counted.</summary>
    public const int NamedExplanationChanges = 20;

    /// <summary>Writes the summary of a comparison of <c>before</c> with <c>after</c>.</summary>
    public static void Write(TextWriter output, CaseComparison c)
    {
        var delta = c.Delta;
        output.WriteLine($"Compared {c.Before.Name} (advisor {Or(c.Before.Stamp("advisor_version"))}) with {c.After.Name} (advisor {Or(c.After.Stamp("advisor_version"))}): {N(delta.Shared)} shared scenario(s)");
        foreach (var warning in c.Warnings)
            output.WriteLine($"warning: {warning}");
        output.WriteLine($"  {N(c.Count(CaseOutcome.Regressed))} regressed, {N(c.Count(CaseOutcome.Fixed))} fixed, {N(c.Count(CaseOutcome.StillWrong))} still wrong, "
            + $"{N(c.Count(CaseOutcome.StillRight))} still right, {N(c.Count(CaseOutcome.Unscored))} not scored in both");
        output.WriteLine($"  {N(c.PredictionChanged)} prediction(s) changed; {N(c.ExplanationChanged)} explanation(s) changed with the same prediction");
        var paired = c.Paired;
        var interval = paired.DifferenceInterval;
        output.WriteLine($"  accuracy on the {N(paired.Count)} scenarios scored in both: {ReportCsv.Number(paired.AccuracyBefore)} -> {ReportCsv.Number(paired.AccuracyAfter)} "
            + $"(difference {Signed(paired.Difference)}, 95% CI {Signed(interval?.Low)} to {Signed(interval?.High)}); McNemar exact p = {ReportCsv.Number(paired.McNemarP)}");
        List("Regressed", c.Regressed.ToArray(), output);
        List("Fixed", c.Fixed.ToArray(), output);
        var explained = c.Changes.Where(x => x.ExplanationOnly).ToArray();
        if (explained.Length > 0)
        {
            var named = explained.Take(NamedExplanationChanges).Select(x => $"{x.Id} ({x.Changes.ToSlugs().Replace(";", ", ", StringComparison.Ordinal)})");
            var more = c.ExplanationChanged > NamedExplanationChanges ? $"; and {N(c.ExplanationChanged - NamedExplanationChanges)} more" : "";
            output.WriteLine($"Explanation changed, prediction kept ({N(c.ExplanationChanged)}): {string.Join("; ", named)}{more}");
        }
    }

    private static void List(string title, IReadOnlyList<ScenarioComparison> cases, TextWriter output)
    {
        if (cases.Count == 0)
            return;
        output.WriteLine($"{title} ({N(cases.Count)}):");
        foreach (var x in cases)
            output.WriteLine($"  {x.Id}: {Label(x.Before?.Predicted)} -> {Label(x.After?.Predicted)} (panel: {Label(x.Expected)})");
    }

    private static string Label(Approach? approach) => approach?.ToSlug() ?? "none";

    private static string Or(string value) => value.Length > 0 ? value : "unknown";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Signed(double? value) =>
        ReportCsv.Rounded(value) is { } v ? (v > 0 ? "+" : "") + ReportCsv.Number(v) : "undefined";
}
