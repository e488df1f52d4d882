using System.Text;
using EvalHarness.Corpus;
using EvalHarness.Tests.Cli;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Reports;

/// <summary>
/// The bytes of the report CSVs: Excel opens a CSV by double-click as UTF-8 only when it starts with a UTF-8 byte-order
/// mark, and otherwise reads it in the computer's legacy code page ('café' became 'cafÃ©', a curly quote 'â€™').
/// </summary>
public sealed class ReportEncodingTests : IDisposable
{
    private const string Text = "Café menu – “today’s” specials, naïve façade";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly TempCorpus _corpus = TempCorpus.With(
        $"id,text\na,\"{Text}\"\nb,Plain text.\n",
        "scenario_id,annotator,label\na,x,rag\na,y,prompting\nb,x,prompting\nb,y,prompting\n");

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Eval_EveryReportCsv_StartsWithOneBomAndKeepsTheTextsUtf8Bytes()
    {
        var advisor = new FixedAdvisor(new Dictionary<string, Approach> { ["a"] = Approach.FineTuning, ["b"] = Approach.Prompting });
        Assert.Equal(0, CliRun.In(_corpus.Root, advisor, "eval", "--corpus", "corpus", "--out", "out", "--update-baseline", "--baseline", "baseline").ExitCode);

        var run = CliRun.In(_corpus.Root, advisor, "eval", "--corpus", "corpus", "--out", "out", "--baseline", "baseline");

        // The baseline, written with its mark, reads back: nothing changed against it.
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  0 regressed, 0 fixed, 0 still wrong, 1 still right", run.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_corpus.Root, "out"), "*.csv").Concat(Directory.GetFiles(Path.Combine(_corpus.Root, "baseline"), "*.csv")).ToArray();
        foreach (var name in new[] { "results.csv", "summary.csv", "per_label.csv", "confusion.csv", "disagreements.csv", "annotators.csv", "rules.csv", "regressions.csv" })
            Assert.Contains(files, f => Path.GetFileName(f) == name);
        Assert.Equal(2, files.Count(f => Path.GetFileName(Path.GetDirectoryName(f)) == "baseline"));
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().StartsWith(Bom), $"{file} does not start with a UTF-8 byte-order mark");
            Assert.Equal(-1, bytes.AsSpan(3).IndexOf(Bom));
            var text = strict.GetString(bytes, 3, bytes.Length - 3);
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(text, "^[a-z0-9_-]+(,[a-z0-9_-]+)*\r\n"), $"{file} does not start with its header: {text[..Math.Min(80, text.Length)]}");
        }

        var utf8Text = Encoding.UTF8.GetBytes(Text);
        foreach (var name in new[] { "results.csv", "disagreements.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(_corpus.Root, "out", name)).AsSpan().IndexOf(utf8Text) > 0, $"{name} lost the text's bytes");
    }
}
