using System.Text;
using EvalHarness.Advice;

namespace EvalHarness.Reports;

/// <summary>The one-cell forms of advice used in the reports; built without LINQ, since large runs format a million of them.</summary>
public static class AdviceText
{
    [ThreadStatic]
    private static byte[]? t_cell;

    [ThreadStatic]
    private static byte[]? t_warnings;

    /// <summary>Every piece of evidence of the path, in order, then any an external advisor gave outside it, joined with <c>; </c>.</summary>
    public static string Evidence(ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return Encoding.UTF8.GetString(EvidenceUtf8(advice));
    }

    /// <summary>The evidence cell as UTF-8, in a buffer of this thread that the next call reuses.</summary>
    internal static ReadOnlySpan<byte> EvidenceUtf8(ScenarioAdvice advice)
    {
        var cell = new Utf8Cell(t_cell ??= new byte[1024]);
        // Indexed loops: foreach over the read-only list interfaces would allocate an enumerator per step.
        var path = advice.Path;
        for (var s = 0; s < path.Count; s++)
        {
            var evidence = path[s].Evidence;
            for (var e = 0; e < evidence.Count; e++)
            {
                if (cell.Length > 0)
                    cell.Append("; "u8);
                cell.Append(evidence[e].Utf8);
            }
        }

        var unplaced = advice.UnplacedEvidence;
        for (var e = 0; e < unplaced.Count; e++)
        {
            if (cell.Length > 0)
                cell.Append("; "u8);
            cell.Append(unplaced[e].Utf8);
        }

        return cell.Written;
    }

    /// <summary>The warnings cell as UTF-8.</summary>
    internal static ReadOnlySpan<byte> WarningsUtf8(ScenarioAdvice advice)
    {
        if (advice.Warnings.Count == 0)
            return default;
        if (advice.Warnings.Count == 1)
            return ReportCells.Warning(advice.Warnings[0].Code);
        var cell = new Utf8Cell(t_warnings ??= new byte[128]);
        foreach (var warning in advice.Warnings)
        {
            if (cell.Length > 0)
                cell.Append(";"u8);
            cell.Append(ReportCells.Warning(warning.Code));
        }

        return cell.Written;
    }
}
