using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Tests.Cli;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Evaluation;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Reports.Html;

/// <summary>
/// Report folders written once by the real <c>eval</c> and <c>compare</c> for the page tests: the bundled corpus against the
/// committed baseline, and a small corpus with a hostile text evaluated by two advisors, one of which regresses.
/// </summary>
public sealed class PageFolders : IDisposable
{
    // Panel: a = rag, b = prompting, c = fine-tuning, d = contested; d's text tries to end the page's data and run a script.
    public const string HostileText = "</script><script>document.title='x'</script>";
    private const string Scenarios = "id,text,tags\na,Needs our private wiki.,seed-quiz\nb,A one-off summary.,\nc,Always answer in JSON.,seed-quiz\nd,\"" + HostileText + "\",\n";
    private const string Labels = "scenario_id,annotator,label,rationale\na,x,rag,Private data.\na,y,rag,Wiki.\nb,x,prompting,Once.\nb,y,prompting,<b>bold</b>\n"
        + "c,x,fine-tuning,Format.\nc,y,fine-tuning,JSON.\nd,x,rag,Split.\nd,y,prompting,Split too.\n";

    private static readonly Dictionary<string, Approach> Before = new() { ["a"] = Approach.Rag, ["b"] = Approach.Prompting, ["c"] = Approach.Prompting, ["d"] = Approach.Rag };
    private static readonly Dictionary<string, Approach> After = new() { ["a"] = Approach.Prompting, ["b"] = Approach.Prompting, ["c"] = Approach.FineTuning, ["d"] = Approach.Prompting };

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public PageFolders()
    {
        Bundled = Path.Combine(_corpus.Root, "bundled");
        Run(RepositoryPaths.Root, null, "eval", "--out", Bundled, "--gate", "fixtures/gate.json", "--baseline", "reports/baseline");
        Run(_corpus.Root, new FixedAdvisor(Before), "eval", "--corpus", "corpus", "--out", "base");
        Run(_corpus.Root, new FixedAdvisor(After), "eval", "--corpus", "corpus", "--out", "new");
        Run(_corpus.Root, null, "compare", "base", "new", "--out", "diff");
    }

    /// <summary>The bundled corpus's reports, compared with the committed baseline.</summary>
    public string Bundled { get; }

    /// <summary>A folder of the small corpus: base, new or diff.</summary>
    public string Small(string name) => Path.Combine(_corpus.Root, name);

    public void Dispose() => _corpus.Dispose();

    private static void Run(string directory, IAdvisor? advisor, params string[] args)
    {
        var run = CliRun.In(directory, advisor, args);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"'{string.Join(' ', args)}' exited {run.ExitCode}: {run.Error}");
    }
}
