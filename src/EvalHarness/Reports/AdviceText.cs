using System.Globalization;
using System.Text;
using EvalHarness.Advice;

namespace EvalHarness.Reports;

/// <summary>The one-cell forms of advice used in the reports; built without LINQ, since large runs format a million of them.</summary>
public static class AdviceText
{
    private const int MaxStackPiece = 512;

    [ThreadStatic]
    private static byte[]? t_cell;

    [ThreadStatic]
    private static byte[]? t_warnings;

    /// <summary>Every piece of evidence of the path, in order, joined with <c>; </c>.</summary>
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
                Append(ref cell, evidence[e]);
            }
        }

        return cell.Written;
    }

    /// <summary>Appends <see cref="Advice.Evidence.ToString"/> of one piece of evidence, without making the string.</summary>
    /// <remarks>
    /// Encoded afresh each time: facts and "outweighed" steps are new objects in every advice, so a cache keyed by
    /// evidence grew by a million entries a run and cost more than the few dozen bytes it saved encoding.
    /// </remarks>
    private static void Append(ref Utf8Cell cell, Evidence evidence)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(evidence.Rule.Length + evidence.Found.Length) + 20;
        if (needed > MaxStackPiece)
        {
            cell.Append(Encoding.UTF8.GetBytes(evidence.ToString()));
            return;
        }

        Span<byte> piece = stackalloc byte[needed];
        var length = Encoding.UTF8.GetBytes(evidence.Rule, piece);
        piece[length++] = (byte)' ';
        piece[length++] = (byte)'"';
        length += Encoding.UTF8.GetBytes(evidence.Found, piece[length..]);
        piece[length++] = (byte)'"';
        piece[length++] = (byte)' ';
        piece[length++] = (byte)'(';
        if (evidence.Weight > 0)
            piece[length++] = (byte)'+';
        evidence.Weight.TryFormat(piece[length..], out var digits, provider: CultureInfo.InvariantCulture);
        length += digits;
        piece[length++] = (byte)')';
        cell.Append(piece[..length]);
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
