using System.Text;
using EvalHarness.Advice;

namespace EvalHarness.Reports;

/// <summary>The one-cell forms of advice used in the reports; built without LINQ, since large runs format a million of them.</summary>
public static class AdviceText
{
    /// <summary>Separates one question's evidence from the next question's in the evidence cell.</summary>
    public const string GroupSeparator = " | ";

    /// <summary>Separates two pieces of evidence of one question, and the steps of the path cell.</summary>
    public const string ItemSeparator = "; ";

    private static readonly byte[][] QuestionPrefixes =
        Enum.GetValues<FrameworkQuestion>().Select(q => Encoding.UTF8.GetBytes($"{(int)q + 1}: ")).ToArray();

    // Steps of the path cell, by question and answer: "can-prompting-solve-it=no".
    private static readonly byte[][] Steps = Enum.GetValues<FrameworkQuestion>()
        .SelectMany(q => new[] { $"{q.ToSlug()}=no", $"{q.ToSlug()}=yes" })
        .Select(Encoding.UTF8.GetBytes)
        .ToArray();

    // Whole path cells by their steps (see PathKey): the built-in advisor's paths are four, met a million times each.
    private static readonly byte[]?[] PathCells = new byte[]?[1 << (3 * MaxCachedSteps)];
    private const int MaxCachedSteps = 3;

    private static readonly byte[][] ReasonSlugs = Enum.GetValues<FineTuneReason>().Select(r => Encoding.UTF8.GetBytes(r.ToSlug())).ToArray();

    [ThreadStatic]
    private static byte[]? t_cell;

    [ThreadStatic]
    private static byte[]? t_small;

    /// <summary>The evidence cell: each question's evidence as <c>N: piece; piece</c>, in path order, the questions joined with <c> | </c>.</summary>
    /// <remarks>
    /// N is the question's number in the course's framework (1 can prompting solve it, 2 style, format or persona, 3 domain
    /// knowledge); a question without evidence is left out. Evidence an external advisor gave outside the path comes last,
    /// as a group without a number.
    /// </remarks>
    public static string Evidence(ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return Encoding.UTF8.GetString(EvidenceUtf8(advice));
    }

    /// <summary>The path cell: each question asked, in order, as <c>question=yes</c> or <c>question=no</c>, joined with <c>; </c>.</summary>
    public static string Path(ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return Encoding.UTF8.GetString(PathUtf8(advice));
    }

    /// <summary>The evidence cell as UTF-8, in a buffer of this thread that the next call reuses.</summary>
    internal static ReadOnlySpan<byte> EvidenceUtf8(ScenarioAdvice advice)
    {
        var cell = new Utf8Cell(t_cell ??= new byte[1024]);
        // Over arrays where the advice has them (the built-in advisor's always): a call through the list interface per
        // step and per piece of evidence was a tenth of a row's time.
        var path = AsSpan(advice.Path);
        for (var s = 0; s < path.Length; s++)
        {
            var evidence = AsSpan(path[s].Evidence);
            if (evidence.Length == 0)
                continue;
            if (cell.Length > 0)
                cell.Append(" | "u8);
            cell.Append(QuestionPrefix(path[s].Question));
            for (var e = 0; e < evidence.Length; e++)
            {
                if (e > 0)
                    cell.Append("; "u8);
                cell.Append(evidence[e].Utf8);
            }
        }

        var unplaced = AsSpan(advice.UnplacedEvidence);
        for (var e = 0; e < unplaced.Length; e++)
        {
            if (cell.Length > 0)
                cell.Append("; "u8);
            cell.Append(unplaced[e].Utf8);
        }

        return cell.Written;
    }

    /// <summary>The path cell as UTF-8: made once for each path met, or in a buffer of this thread that the next call reuses.</summary>
    internal static ReadOnlySpan<byte> PathUtf8(ScenarioAdvice advice)
    {
        var path = AsSpan(advice.Path);
        var key = PathKey(path);
        if (key >= 0 && PathCells[key] is { } made)
            return made;
        var cell = new Utf8Cell(t_small ??= new byte[256]);
        for (var s = 0; s < path.Length; s++)
        {
            if (s > 0)
                cell.Append("; "u8);
            var question = (int)path[s].Question;
            cell.Append((uint)question < QuestionPrefixes.Length
                ? Steps[2 * question + (path[s].Answer ? 1 : 0)]
                : Encoding.UTF8.GetBytes($"{path[s].Question.ToSlug()}={(path[s].Answer ? "yes" : "no")}"));
        }

        // Threads racing to keep a path keep equal arrays.
        if (key >= 0)
            PathCells[key] = cell.Written.ToArray();
        return cell.Written;
    }

    // A path of up to three steps of known questions as a number: three bits a step, 1 + 2 × question + answer; -1 otherwise.
    private static int PathKey(ReadOnlySpan<DecisionStep> path)
    {
        if (path.Length > MaxCachedSteps)
            return -1;
        var key = 0;
        for (var s = 0; s < path.Length; s++)
        {
            var question = (int)path[s].Question;
            if ((uint)question >= QuestionPrefixes.Length)
                return -1;
            key = (key << 3) | (1 + 2 * question + (path[s].Answer ? 1 : 0));
        }

        return key;
    }

    private static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> list) => list as T[] ?? [.. list];

    /// <summary>The reasons cell as UTF-8: the course's reasons for fine-tuning that apply, joined with <c>;</c>.</summary>
    internal static ReadOnlySpan<byte> ReasonsUtf8(ScenarioAdvice advice)
    {
        var reasons = advice.Reasons;
        if (reasons.Count == 0)
            return default;
        if (reasons.Count == 1)
            return ReasonSlugs[(int)reasons[0]];
        var cell = new Utf8Cell(t_small ??= new byte[256]);
        for (var i = 0; i < reasons.Count; i++)
        {
            if (i > 0)
                cell.Append(";"u8);
            cell.Append(ReasonSlugs[(int)reasons[i]]);
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
        var cell = new Utf8Cell(t_small ??= new byte[256]);
        foreach (var warning in advice.Warnings)
        {
            if (cell.Length > 0)
                cell.Append(";"u8);
            cell.Append(ReportCells.Warning(warning.Code));
        }

        return cell.Written;
    }

    /// <summary>A money cell as <see cref="AdviceJson.FormatMoney"/> writes it, into <paramref name="buffer"/>; empty without a cost.</summary>
    /// <remarks>
    /// The custom format ("0.00##########") is slow, so a value is written in its plain form and given the format's decimals:
    /// at least two, trailing zeros beyond them dropped. Only a value with more than the format's twelve decimals, which
    /// the format would round, or zero, whose sign the format decides, takes the format itself (a test compares the two).
    /// </remarks>
    internal static ReadOnlySpan<byte> MoneyUtf8(decimal? value, Span<byte> buffer)
    {
        if (value is not { } v)
            return default;
        if (v != 0 && v.TryFormat(buffer, out var plain, default, System.Globalization.CultureInfo.InvariantCulture)
            && WithMoneyDecimals(buffer, plain) is var length and > 0)
            return buffer[..length];
        return v.TryFormat(buffer, out var written, "0.00##########", System.Globalization.CultureInfo.InvariantCulture)
            ? buffer[..written]
            : default;
    }

    // Gives a plain decimal number the money format's decimals in place; 0 when the format would round it, or it does not fit.
    private static int WithMoneyDecimals(Span<byte> number, int length)
    {
        var point = number[..length].IndexOf((byte)'.');
        if (point < 0)
        {
            if (length + 3 > number.Length)
                return 0;
            ".00"u8.CopyTo(number[length..]);
            return length + 3;
        }

        var end = length;
        while (end > point + 3 && number[end - 1] == (byte)'0')
            end--;
        if (end - point - 1 > 12)
            return 0;
        if (end == point + 2)
        {
            if (end + 1 > number.Length)
                return 0;
            number[end++] = (byte)'0';
        }

        return end;
    }

    private static ReadOnlySpan<byte> QuestionPrefix(FrameworkQuestion question) =>
        (uint)question < QuestionPrefixes.Length ? QuestionPrefixes[(int)question] : Encoding.UTF8.GetBytes($"{(int)question + 1}: ");
}
