using System.Runtime.CompilerServices;
using System.Text;
using EvalHarness.Advice;

namespace EvalHarness.Reports;

/// <summary>The one-cell forms of advice used in the CSV reports; built without LINQ, since large runs format a million of them.</summary>
public static class AdviceText
{
    // The advisor shares one Evidence instance per cue, so each is formatted once; keyed by reference, never kept alive.
    private static readonly ConditionalWeakTable<Evidence, string> Formatted = new();

    [ThreadStatic]
    private static StringBuilder? t_cell;

    /// <summary>The leaf slug, such as <c>fine-tune</c>.</summary>
    public static string Leaf(ScenarioAdvice advice) => advice.Leaf.ToSlug();

    /// <summary>Every piece of evidence of the path, in order, joined with <c>; </c>.</summary>
    public static string Evidence(ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var cell = Cell();
        foreach (var step in advice.Path)
        {
            foreach (var evidence in step.Evidence)
            {
                if (cell.Length > 0)
                    cell.Append("; ");
                cell.Append(Formatted.GetValue(evidence, static e => e.ToString()));
            }
        }
        return cell.ToString();
    }

    /// <summary>The warning codes, joined with <c>;</c>.</summary>
    public static string Warnings(ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        if (advice.Warnings.Count == 0)
            return "";
        var cell = Cell();
        foreach (var warning in advice.Warnings)
        {
            if (cell.Length > 0)
                cell.Append(';');
            cell.Append(warning.Code.ToSlug());
        }
        return cell.ToString();
    }

    private static StringBuilder Cell() => (t_cell ??= new StringBuilder(256)).Clear();
}
