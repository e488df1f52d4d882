using System.Text;
using CsvHelper;
using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>
/// The cells of the per-scenario reports as UTF-8, the form the CSV writer stores: slugs encoded once, labels joined in
/// a stack buffer, and texts encoded by the writer straight into its own buffer, so a million rows make no strings.
/// </summary>
internal static class ReportCells
{
    /// <summary>Room for the expert labels of a large panel: 24 labels of the longest slug.</summary>
    public const int MaxLabelsCell = 24 * 12;

    private static readonly byte[][] Approaches = Utf8Of(Enum.GetValues<Approach>(), a => a.ToSlug());
    private static readonly byte[][] Leaves = Utf8Of(Enum.GetValues<Leaf>(), l => l.ToSlug());
    private static readonly byte[][] Warnings = Utf8Of(Enum.GetValues<WarningCode>(), w => w.ToSlug());

    /// <summary>The agreement cell of m of n labels agreeing, built on first use: a panel's few fractions recur a million times.</summary>
    private static readonly byte[]?[,] Agreements = new byte[]?[33, 33];

    /// <summary>The stability cell of m of n repeats agreeing, built on first use like <see cref="Agreements"/>.</summary>
    private static readonly byte[]?[,] Stabilities = new byte[]?[33, 33];

    /// <summary>The stability cell when every repeat agrees.</summary>
    private static readonly byte[] AllAgree = Encoding.UTF8.GetBytes(ReportCsv.Number(1));

    /// <summary>An approach's slug, or empty for none (a contested panel).</summary>
    public static ReadOnlySpan<byte> Label(Approach? approach) => approach is { } a ? Approaches[(int)a] : default;

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static ReadOnlySpan<byte> Boolean(bool value) => value ? "true"u8 : "false"u8;

    /// <summary>A leaf's slug.</summary>
    public static ReadOnlySpan<byte> Leaf(Leaf? leaf) => leaf is { } known ? Leaves[(int)known] : default;

    /// <summary>A warning's slug.</summary>
    public static ReadOnlySpan<byte> Warning(WarningCode code) => Warnings[(int)code];

    /// <summary>The expert agreement of a result as <see cref="ReportCsv.Number"/> writes it, as UTF-8.</summary>
    public static ReadOnlySpan<byte> Agreement(ScenarioResult result)
    {
        var labels = result.LabelSpan.Length;
        var agreeing = (int)Math.Round(result.ExpertAgreement * labels);
        if (labels >= Agreements.GetLength(0))
            return Encoding.UTF8.GetBytes(ReportCsv.Number(result.ExpertAgreement));
        // Several threads may build the same cell at once; they build equal arrays, so either one may win.
        return Agreements[labels, agreeing] ??= Encoding.UTF8.GetBytes(ReportCsv.Number(result.ExpertAgreement));
    }

    /// <summary>The stability of a result (m of n repeats agreeing) as UTF-8; empty when every repeat failed.</summary>
    public static ReadOnlySpan<byte> Stability(ScenarioResult result)
    {
        if (result.AdvisorError is not null)
            return default;
        // Every row of an advisor asked once: no rounding, no table.
        if (result.Stability == 1)
            return AllAgree;
        var repeats = result.Repeats;
        var agreeing = (int)Math.Round(result.Stability * repeats);
        if (repeats >= Stabilities.GetLength(0))
            return Encoding.UTF8.GetBytes(ReportCsv.Number(result.Stability));
        return Stabilities[repeats, agreeing] ??= Encoding.UTF8.GetBytes(ReportCsv.Number(result.Stability));
    }

    /// <summary>The labels of a result in annotator order, joined with <c>;</c>.</summary>
    public static string ExpertLabels(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Encoding.UTF8.GetString(ExpertLabelsUtf8(result, stackalloc byte[MaxLabelsCell]));
    }

    /// <summary>The labels of a result joined with <c>;</c>, written into <paramref name="buffer"/> when they fit.</summary>
    public static ReadOnlySpan<byte> ExpertLabelsUtf8(ScenarioResult result, Span<byte> buffer)
    {
        var cell = new Utf8Cell(buffer);
        var labels = result.LabelSpan;
        for (var i = 0; i < labels.Length; i++)
        {
            if (i > 0)
                cell.Append(";"u8);
            cell.Append(Approaches[(int)labels[i].Label]);
        }

        return cell.Written;
    }

    /// <summary>
    /// Writes a text cell with a writer made with <see cref="ReportCsv.RowOptions"/>, in the very bytes a writer made with
    /// <see cref="ReportCsv.Options"/> gives: a text that starts like a formula gets the escape in front, and quotes.
    /// </summary>
    public static void WriteText(CsvWriter csv, string text) => WriteText(new CsvHelperCells(csv), text);

    /// <summary>Writes a scenario's text cell as <see cref="WriteText(CsvWriter, string)"/> does, from the file's UTF-8 when the scenario holds it.</summary>
    public static void WriteText(CsvWriter csv, Scenario scenario) => WriteText(new CsvHelperCells(csv), scenario);

    /// <summary>Writes a text cell given as UTF-8 as <see cref="WriteText(CsvWriter, string)"/> does.</summary>
    /// <remarks>For ids, evidence and texts read from files: the loaders only let slugs through, but a corpus built in code or a custom advisor may not.</remarks>
    public static void WriteText(CsvWriter csv, ReadOnlySpan<byte> utf8) => WriteText(new CsvHelperCells(csv), utf8);

    /// <summary>Writes a text cell with a <see cref="CsvRowWriter"/>, in the bytes <see cref="WriteText(CsvWriter, string)"/> gives.</summary>
    public static void WriteText(CsvRowWriter row, string text) => WriteText(new RowCells(row), text);

    /// <summary>Writes a scenario's text cell with a <see cref="CsvRowWriter"/>, in the bytes <see cref="WriteText(CsvWriter, Scenario)"/> gives.</summary>
    public static void WriteText(CsvRowWriter row, Scenario scenario) => WriteText(new RowCells(row), scenario);

    /// <summary>Writes a text cell given as UTF-8 with a <see cref="CsvRowWriter"/>, in the bytes <see cref="WriteText(CsvWriter, ReadOnlySpan{byte})"/> gives.</summary>
    public static void WriteText(CsvRowWriter row, ReadOnlySpan<byte> utf8) => WriteText(new RowCells(row), utf8);

    // The formula check, once for both writers; a struct per writer, so each gets code of its own with direct calls.
    private static void WriteText<TCells>(TCells cells, string text) where TCells : struct, ITextCells
    {
        if (StartsLikeFormula(text))
            cells.QuotedCell(ReportCsv.Options.InjectionEscape + text);
        else
            cells.Cell(text.AsSpan()); // encoded once, into the writer's buffer; the same bytes as Encoding.UTF8 gives
    }

    private static void WriteText<TCells>(TCells cells, Scenario scenario) where TCells : struct, ITextCells
    {
        if (scenario.HasUtf8Text)
            WriteText(cells, scenario.Utf8Text);
        else
            WriteText(cells, scenario.Text);
    }

    private static void WriteText<TCells>(TCells cells, ReadOnlySpan<byte> utf8) where TCells : struct, ITextCells
    {
        if (utf8.Length > 0 && utf8[0] < 128 && StartsLikeFormula((char)utf8[0]))
            cells.QuotedCell(ReportCsv.Options.InjectionEscape + Encoding.UTF8.GetString(utf8));
        else
            cells.Cell(utf8);
    }

    /// <summary>Whether a text cell starts with a character a spreadsheet would read as a formula.</summary>
    public static bool StartsLikeFormula(string? text) => text is { Length: > 0 } && StartsLikeFormula(text[0]);

    private static bool StartsLikeFormula(char first) =>
        ReportCsv.Options.InjectionCharacters.Contains(first, StringComparison.Ordinal);

    /// <summary>Where a text cell goes: CsvHelper's writer or <see cref="CsvRowWriter"/>.</summary>
    private interface ITextCells
    {
        void Cell(ReadOnlySpan<char> text);

        void Cell(ReadOnlySpan<byte> utf8);

        /// <summary>Writes the cell between quotes whatever it holds.</summary>
        void QuotedCell(string text);
    }

    private readonly struct CsvHelperCells(CsvWriter csv) : ITextCells
    {
        public void Cell(ReadOnlySpan<char> text) => csv.WriteField(text);

        public void Cell(ReadOnlySpan<byte> utf8) => csv.WriteField(utf8);

        public void QuotedCell(string text) => csv.WriteField(text, CsvQuoting.Always);
    }

    private readonly struct RowCells(CsvRowWriter row) : ITextCells
    {
        public void Cell(ReadOnlySpan<char> text) => row.Cell(text);

        public void Cell(ReadOnlySpan<byte> utf8) => row.Cell(utf8);

        public void QuotedCell(string text) => row.QuotedCell(text);
    }

    private static byte[][] Utf8Of<T>(T[] values, Func<T, string> slug) where T : Enum =>
        values.Select(v => Encoding.UTF8.GetBytes(slug(v))).ToArray();
}
