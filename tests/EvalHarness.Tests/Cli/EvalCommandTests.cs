using EvalHarness.Corpus;
using EvalHarness.Tests.Corpus;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    // Panel: a = rag (2 of 2), b = prompting (unanimous), c = contested (1-1).
    private const string Scenarios = "id,text,tags\na,Needs our private wiki.,seed-quiz\nb,A one-off summary.,\nc,=cmd|' /C calc'!A0,\n";
    private const string Labels = "scenario_id,annotator,label\na,x,rag\na,y,rag\nb,x,prompting\nb,y,prompting\nc,x,rag\nc,y,fine-tuning\n";

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public void Dispose() => _corpus.Dispose();

    private static readonly Dictionary<string, Approach> AllRight = new() { ["a"] = Approach.Rag, ["b"] = Approach.Prompting, ["c"] = Approach.Rag };

    private CliRun Eval(IReadOnlyDictionary<string, Approach> answers, params string[] extra) =>
        Run(new FixedAdvisor(answers), extra);

    private CliRun Run(FixedAdvisor advisor, string[] extra) =>
        CliRun.In(_corpus.Root, advisor, extra.Contains("--out") ? ["eval", "--corpus", "corpus", .. extra] : ["eval", "--corpus", "corpus", "--out", "out", .. extra]);

    private string OutFile(string name) => Path.Combine(_corpus.Root, "out", name);

    [Fact]
    public void Eval_ValidCorpus_WritesEveryReportAndExits0()
    {
        var (code, output, error) = Eval(AllRight);

        Assert.Equal(0, code);
        Assert.Equal("", error); // no progress line when standard error is not a terminal
        Assert.Equal(
            ["annotator_pairs.csv", "annotators.csv", "confusion.csv", "coverage.csv", "disagreements.csv", "per_label.csv", "report.html", "results.csv", "rules.csv", "summary.csv", "summary.md"],
            Directory.GetFiles(Path.Combine(_corpus.Root, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("accuracy             1.0000", output);
        Assert.Contains("contested            1 of 3", output);
        Assert.Contains("Reports written to out", output);
    }

    [Fact]
    public void Eval_ResultsCsv_HasEveryColumnAndEscapesFormulas()
    {
        Eval(AllRight);

        var lines = File.ReadAllText(OutFile("results.csv")).Split("\r\n");

        Assert.Equal("scenario_id,expected,predicted,correct,matches_any_expert,contested,expert_labels,expert_agreement,leaf,path,evidence,reasons,warnings,"
            + "prompted_daily_cost,fine_tuned_daily_cost,monthly_savings,stability,advisor_error,text", lines[0]);
        Assert.Equal("a,rag,rag,true,true,false,rag;rag,1.0000,rag,can-prompting-solve-it=no,\"1: cue.test.fired \"\"phrase\"\" (+1)\",,,,,,1.0000,,Needs our private wiki.", lines[1]);
        Assert.Equal("c,,rag,false,true,true,rag;fine-tuning,0.5000,rag,can-prompting-solve-it=no,\"1: cue.test.fired \"\"phrase\"\" (+1)\",,,,,,1.0000,,\"'=cmd|' /C calc'!A0\"", lines[3]);
    }

    [Fact]
    public void Eval_Disagreements_ListClassifierErrorsFirstThenContested()
    {
        var wrong = new Dictionary<string, Approach>(AllRight) { ["a"] = Approach.FineTuning };

        Eval(wrong);

        Assert.Equal(
            "scenario_id,kind,expected,predicted,expert_labels,text\r\n" +
            "a,classifier-vs-panel,rag,fine-tuning,rag;rag,Needs our private wiki.\r\n" +
            "c,contested,,rag,rag;fine-tuning,\"'=cmd|' /C calc'!A0\"\r\n",
            File.ReadAllText(OutFile("disagreements.csv")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_corpus.Root, "out"), "*.part"));
    }

    [Fact]
    public void Eval_TwoRunsInDifferentCultures_WriteByteIdenticalReports()
    {
        var runs = new List<Dictionary<string, byte[]>>();
        foreach (var culture in new[] { "en-US", "tr-TR", "de-DE", "ar-SA" })
        {
            using (new CultureScope(culture))
                Assert.Equal(0, Eval(AllRight).ExitCode);
            runs.Add(Directory.GetFiles(Path.Combine(_corpus.Root, "out")).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes));
        }

        foreach (var run in runs.Skip(1))
        {
            Assert.Equal(runs[0].Keys.Order(), run.Keys.Order());
            foreach (var (name, bytes) in run)
                Assert.True(runs[0][name].AsSpan().SequenceEqual(bytes), $"{name} differs between cultures");
        }
    }

    [Fact]
    public void Eval_InvalidCorpus_Exits2AndKeepsPreviousReports()
    {
        Eval(AllRight);
        var before = File.ReadAllBytes(OutFile("results.csv"));
        File.AppendAllText(Path.Combine(_corpus.Folder, "labels.csv"), "a,z,retrieval\n");

        var (code, output, error) = Eval(AllRight);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("labels.csv:8: unknown label 'retrieval'", error);
        Assert.Contains("nothing was written", error);
        Assert.Equal(before, File.ReadAllBytes(OutFile("results.csv")));
    }

    [Theory]
    [InlineData("the folder", "corpus folder not found")]
    [InlineData("scenarios.csv", "scenarios.csv:0: file not found")]
    [InlineData("labels.csv", "labels.csv:0: file not found")]
    public void Eval_CorpusMissing_Exits2WithTheProblemAndWritesNothing(string missing, string problem)
    {
        // The corpus is hashed beside the labels load; a file that is not there must give the problem, not a crash.
        if (missing == "the folder")
            Directory.Delete(_corpus.Folder, recursive: true);
        else
            File.Delete(Path.Combine(_corpus.Folder, missing));

        var (code, output, error) = Eval(AllRight);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(problem, error);
        Assert.EndsWith("nothing was written.", error.TrimEnd());
        Assert.DoesNotContain("Exception", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_GateFails_Exits1WithEachConditionOnItsOwnLine()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "min_accuracy": 0.9, "must_pass_tags": ["seed-quiz"] }""");
        var wrong = new Dictionary<string, Approach>(AllRight) { ["a"] = Approach.FineTuning };

        var (code, output, _) = Eval(wrong, "--gate", "gate.json");

        Assert.Equal(1, code);
        Assert.Contains("Gate FAILED (2 condition(s)):\naccuracy 0.5000 < min_accuracy 0.9000\nmust pass (seed-quiz): a predicted fine-tuning (panel: rag)\n", output);
        Assert.Contains("**Gate: FAILED**", File.ReadAllText(OutFile("summary.md")));
    }

    [Fact]
    public void Eval_GatePasses_Exits0()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "min_accuracy": 0.9 }""");

        var (code, output, _) = Eval(AllRight, "--gate", "gate.json");

        Assert.Equal(0, code);
        Assert.Contains("Gate passed", output);
    }

    [Fact]
    public void Eval_BadGatePolicy_Exits2WithLocatedProblem()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), "{\n  \"min_acuracy\": 0.9\n}");

        var (code, _, error) = Eval(AllRight, "--gate", "gate.json");

        Assert.Equal(2, code);
        Assert.StartsWith("gate.json:2: unknown key 'min_acuracy'; did you mean 'min_accuracy'?", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_AdvisorThrows_Exits3NamingScenarioAndWritesReportsWithTheError()
    {
        var (code, _, error) = Run(new FixedAdvisor(AllRight, failOn: "b"), []);

        Assert.Equal(3, code);
        Assert.StartsWith("error: the advisor failed on 1 scenario(s), more than max_advisor_errors 0:\n  b: threw InvalidOperationException: boom", error);
        var results = File.ReadAllText(OutFile("results.csv"));
        Assert.Contains(",,,,,threw InvalidOperationException: boom,", results);
        Assert.Contains("advisor_errors,1\r\n", File.ReadAllText(OutFile("summary.csv")));
    }

    [Fact]
    public void Eval_AdvisorErrorsWithinTheGatesAllowance_PassesWithTheErrorsReported()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "max_advisor_errors": 1 }""");

        var (code, output, _) = Run(new FixedAdvisor(AllRight, failOn: "b"), ["--gate", "gate.json"]);

        Assert.Equal(0, code);
        Assert.Contains("advisor errors       1 (no advice; counted wrong)", output);
    }

    [Fact]
    public void Eval_RepeatsOfTheBuiltInAdvisor_IsADeterminismCheckWithStabilityOne()
    {
        var (code, output, _) = CliRun.In(_corpus.Root, null, "eval", "--corpus", "corpus", "--out", "out", "--repeats", "3");

        Assert.Equal(0, code);
        Assert.DoesNotContain("stability", output);
        var summary = File.ReadAllText(OutFile("summary.csv"));
        Assert.Contains("unstable,0\r\nstability,1.0000\r\n", summary);
        Assert.Contains("repeats,3\r\n", summary);
        Assert.All(File.ReadAllLines(OutFile("results.csv")).Skip(1), line => Assert.Contains(",1.0000,,", line));
    }

    [Theory]
    [InlineData("--repeats", "0", "--repeats must be at least 1, got 0")]
    [InlineData("--advisor", "framwork", "--advisor: unknown advisor 'framwork'; did you mean 'framework'?")]
    [InlineData("--advisor", "exec:", "--advisor exec: needs a command")]
    public void Eval_BadAdvisorOption_IsAUsageProblem(string option, string value, string expected)
    {
        var (code, _, error) = CliRun.In(_corpus.Root, null, "eval", "--corpus", "corpus", "--out", "out", option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_RegressionAgainstBaseline_FailsGateUntilAccepted()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "max_regressions": 0 }""");
        Assert.Equal(0, Eval(AllRight, "--update-baseline", "--baseline", "baseline").ExitCode);
        var regressed = new Dictionary<string, Approach>(AllRight) { ["b"] = Approach.FineTuning };

        var (code, output, _) = Eval(regressed, "--gate", "gate.json", "--baseline", "baseline");

        Assert.Equal(1, code);
        Assert.Contains("regression: b was prompting, now fine-tuning (panel: prompting)", output);
        Assert.Equal(
            "scenario_id,change,baseline_predicted,predicted,expected\r\nb,regression,prompting,fine-tuning,prompting\r\n",
            File.ReadAllText(OutFile("regressions.csv")));

        var (acceptCode, acceptOutput, _) = Eval(regressed, "--update-baseline", "--baseline", "baseline");
        Assert.Equal(0, acceptCode);
        Assert.Contains("  b: prompting -> fine-tuning (panel: prompting)", acceptOutput);
        Assert.Equal(0, Eval(regressed, "--gate", "gate.json", "--baseline", "baseline").ExitCode);
    }

    [Fact]
    public void Eval_AgainstBaseline_SummaryShowsCountsAsIntegersAndChangesInPlainWords()
    {
        Assert.Equal(0, Eval(AllRight, "--update-baseline", "--baseline", "baseline").ExitCode);
        File.AppendAllText(Path.Combine(_corpus.Folder, "scenarios.csv"), "d,Answer in our brand voice.,\n");
        File.AppendAllText(Path.Combine(_corpus.Folder, "labels.csv"), "d,x,fine-tuning\nd,y,fine-tuning\n");
        var changed = new Dictionary<string, Approach>(AllRight) { ["b"] = Approach.FineTuning, ["c"] = Approach.Prompting, ["d"] = Approach.FineTuning };

        var (code, _, _) = Eval(changed, "--baseline", "baseline");

        Assert.Equal(0, code);
        var summary = File.ReadAllText(OutFile("summary.md"));
        Assert.Contains("| scenarios | 3 | 4 | +1 |\n| scored | 2 | 3 | +1 |\n| contested | 1 | 1 |  |\n", summary);
        Assert.Contains("| accuracy | 1.0000 | 0.6667 | -0.3333 |\n", summary);
        Assert.Contains("- b: now fine-tuning, was prompting, the panel's label (regression)\n", summary);
        Assert.Contains("- c: now prompting, was rag; the experts are tied\n", summary);
        // The added scenario is counted in the warning, not listed: another corpus would list every one.
        Assert.Contains("**Warning:** the runs evaluated different corpora: compared on the 3 scenarios they share; 1 added, 0 removed", summary);
        Assert.DoesNotContain("- d:", summary);
        Assert.DoesNotContain("–", summary.Split("## Against the baseline")[1]);
    }

    [Fact]
    public void Eval_BaselineOfAnotherCorpus_WarnsWithCountsInsteadOfALinePerScenario()
    {
        // The baseline keeps the corpus's hashes in its summary.csv; a run of changed files is compared on what both share.
        Assert.Equal(0, Eval(AllRight, "--update-baseline", "--baseline", "baseline").ExitCode);
        Assert.Contains("scenarios_sha256,", File.ReadAllText(Path.Combine(_corpus.Root, "baseline", "summary.csv")));
        File.WriteAllText(Path.Combine(_corpus.Folder, "scenarios.csv"), "id,text,tags\na,Needs our private wiki now.,seed-quiz\nc,=cmd|' /C calc'!A0,\nd,x,\ne,y,\n");
        File.WriteAllText(Path.Combine(_corpus.Folder, "labels.csv"), "scenario_id,annotator,label\na,x,rag\na,y,rag\nc,x,rag\nc,y,fine-tuning\nd,x,rag\ne,x,rag\n");
        var answers = new Dictionary<string, Approach>(AllRight) { ["d"] = Approach.Rag, ["e"] = Approach.Rag };

        var (code, output, _) = Eval(answers, "--baseline", "baseline");

        Assert.Equal(0, code);
        Assert.Contains("warning: the runs evaluated different corpora: compared on the 2 scenarios they share; 2 added, 1 removed, 1 with changed text, 0 with a changed panel\n", output);
        Assert.DoesNotContain("  d:", output);
        Assert.DoesNotContain("  b:", output);
    }

    [Fact]
    public void Eval_Disagreements_ConsoleSaysWhatToReviewAndWhere()
    {
        var wrong = new Dictionary<string, Approach>(AllRight) { ["a"] = Approach.FineTuning };
        File.AppendAllText(Path.Combine(_corpus.Folder, "labels.csv"), "b,z,rag\n");

        var (code, output, _) = Eval(wrong);

        Assert.Equal(0, code);
        Assert.Contains(
            "Reports written to out\n" +
            "To review, in out/disagreements.csv:\n" +
            "  1 scenario where the advisor disagrees with the panel (classifier-vs-panel): a\n" +
            "  1 scenario the experts are tied on, so not scored (contested): c\n" +
            "  1 scenario the experts are not unanimous on (panel-split): b\n",
            output);
    }

    [Fact]
    public void Eval_NothingToReview_SaysSo()
    {
        File.WriteAllText(Path.Combine(_corpus.Folder, "labels.csv"), "scenario_id,annotator,label\na,x,rag\nb,x,prompting\nc,x,rag\n");

        var (_, output, _) = Eval(AllRight);

        Assert.Contains("Nothing to review: the advisor agrees with the panel on every scored scenario, and every panel is unanimous.\n", output);
    }

    [Fact]
    public void Eval_MissingBaseline_Exits2()
    {
        var (code, _, error) = Eval(AllRight, "--baseline", "nowhere");

        Assert.Equal(2, code);
        Assert.Contains("nowhere:0: report folder not found", error);
    }

    [Fact]
    public void Eval_JUnit_FailsDisagreementsAndSkipsContested()
    {
        var wrong = new Dictionary<string, Approach>(AllRight) { ["a"] = Approach.Prompting };

        Assert.Equal(0, Eval(wrong, "--junit", "junit.xml").ExitCode); // no gate: disagreements are reported, not failed

        var xml = File.ReadAllText(Path.Combine(_corpus.Root, "junit.xml"));
        Assert.Contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\"", xml);
        Assert.Contains("<failure message=\"predicted prompting, panel says rag\">", xml);
        Assert.Contains("<skipped message=\"contested: experts split rag;fine-tuning\" />", xml);
    }

    [Fact]
    public void Eval_JUnitWithBaseline_SkipsTheMissesItAcceptedAndFailsRegressions()
    {
        var knownMiss = new Dictionary<string, Approach>(AllRight) { ["a"] = Approach.Prompting };
        Assert.Equal(0, Eval(knownMiss, "--update-baseline", "--baseline", "baseline").ExitCode);
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "max_regressions": 1 }""");
        var regressed = new Dictionary<string, Approach>(knownMiss) { ["b"] = Approach.Rag };

        // The gate passes (one regression allowed); the known miss must not make the dashboard red on its own.
        Assert.Equal(0, Eval(regressed, "--gate", "gate.json", "--baseline", "baseline", "--junit", "junit.xml").ExitCode);

        var xml = File.ReadAllText(Path.Combine(_corpus.Root, "junit.xml"));
        Assert.Contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"2\"", xml);
        Assert.Contains("<skipped message=\"known miss, accepted in the baseline (which predicted prompting): predicted prompting, panel says rag\" />", xml);
        Assert.Contains("<failure message=\"predicted rag, panel says prompting (regression: the baseline predicted prompting)\">", xml);
        Assert.Contains("<skipped message=\"contested: experts split rag;fine-tuning\" />", xml);
    }

    [Fact]
    public void Eval_JUnitWithBaseline_AMustPassMissFailsEvenWhenTheBaselineHadIt()
    {
        var knownMiss = new Dictionary<string, Approach>(AllRight) { ["a"] = Approach.Prompting };
        Assert.Equal(0, Eval(knownMiss, "--update-baseline", "--baseline", "baseline").ExitCode);
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "must_pass_tags": ["seed-quiz"] }""");

        Assert.Equal(1, Eval(knownMiss, "--gate", "gate.json", "--baseline", "baseline", "--junit", "junit.xml").ExitCode);

        Assert.Contains("<failure message=\"predicted prompting, panel says rag (a must-pass scenario)\">", File.ReadAllText(Path.Combine(_corpus.Root, "junit.xml")));
    }

    [Fact]
    public void Eval_JUnitIntoAFolderThatDoesNotExist_CreatesIt()
    {
        var (code, output, error) = Eval(AllRight, "--junit", "test-results/eval/junit.xml");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("JUnit report written to test-results/eval/junit.xml", output);
        Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(_corpus.Root, "test-results", "eval", "junit.xml")));
    }

    [Theory]
    [InlineData("--out", "blocker/reports")]
    [InlineData("--junit", "blocker/junit.xml")]
    public void Eval_ReportsCannotBeWritten_OneMessageExit2AndNothingWritten(string option, string path)
    {
        // A file where a folder must go: the same failure as a folder this user may not write to, on any machine.
        File.WriteAllText(Path.Combine(_corpus.Root, "blocker"), "not a folder");
        Eval(AllRight);
        var before = File.ReadAllBytes(OutFile("results.csv"));

        var (code, output, error) = Eval(AllRight, option, path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: the reports could not be written: ", error);
        Assert.EndsWith("Check that --out and --junit name places this user can write to. Nothing was written.\n", error);
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, File.ReadAllBytes(OutFile("results.csv")));
    }

    [Fact]
    public void Eval_GateNamesATagNoScenarioHas_IsAPolicyErrorWithDidYouMean()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), "{\n  \"min_accuracy\": 0.5,\n  \"must_pass_tags\": [\"seed-quizz\"]\n}");

        var (code, output, error) = Eval(AllRight, "--gate", "gate.json");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("gate.json:3: must_pass_tags: no scenario has the tag 'seed-quizz', so the check would always pass; did you mean 'seed-quiz'?\n", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_UpdateBaselineOfAnotherCorpus_IsRefusedUnlessTheBaselineIsNamed()
    {
        var (code, _, error) = Eval(AllRight, "--update-baseline");

        Assert.Equal(2, code);
        Assert.StartsWith(
            "--update-baseline with --corpus corpus would overwrite reports/baseline, the baseline of the repository's fixtures/corpus; name the baseline of this corpus with --baseline DIR, such as --baseline reports/baseline-corpus\n",
            error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "reports")));

        Assert.Equal(0, Eval(AllRight, "--update-baseline", "--baseline", "reports/baseline-corpus").ExitCode);
        Assert.True(File.Exists(Path.Combine(_corpus.Root, "reports", "baseline-corpus", "results.csv")));
    }

    [Fact]
    public void Eval_ScenarioRemovedAgainstBaseline_FailsTheGateUntilAccepted()
    {
        var wrong = new Dictionary<string, Approach>(AllRight) { ["b"] = Approach.Rag };
        Assert.Equal(0, Eval(wrong, "--update-baseline", "--baseline", "baseline").ExitCode);
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), "{}");
        // Deleting the scenario the advisor gets wrong.
        File.WriteAllText(Path.Combine(_corpus.Folder, "scenarios.csv"), "id,text,tags\na,Needs our private wiki.,seed-quiz\nc,=cmd|' /C calc'!A0,\n");
        File.WriteAllText(Path.Combine(_corpus.Folder, "labels.csv"), "scenario_id,annotator,label\na,x,rag\na,y,rag\nc,x,rag\nc,y,fine-tuning\n");

        var (code, output, _) = Eval(wrong, "--gate", "gate.json", "--baseline", "baseline");

        Assert.Equal(1, code);
        Assert.Contains("removed 1 > max_removed 0", output);
        Assert.Contains("removed: b: removed from the corpus; it was rag; the panel said prompting", output);
        Assert.Equal(0, Eval(wrong, "--update-baseline", "--baseline", "baseline").ExitCode);
        Assert.Equal(0, Eval(wrong, "--gate", "gate.json", "--baseline", "baseline").ExitCode);
    }

    [Fact]
    public void Eval_Tag_EvaluatesOnlyThatSliceAndEveryReportSaysSo()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "min_accuracy": 0.9 }""");

        var (code, output, _) = Eval(AllRight, "--tag", "seed-quiz", "--gate", "gate.json");

        Assert.Equal(0, code);
        Assert.StartsWith("Evaluated a slice of the corpus, 1 of 3 scenarios (--tag seed-quiz): 1 scored, 0 contested", output);
        Assert.Contains("Gate passed on the slice (--tag seed-quiz; 1 of 3 scenarios)\n", output);
        Assert.Equal(["a"], File.ReadAllLines(OutFile("results.csv")).Skip(1).Select(l => l.Split(',')[0]));
        var summary = File.ReadAllText(OutFile("summary.csv"));
        Assert.Contains("\r\nscenarios,1\r\n", summary);
        Assert.Contains("\r\nslice,tag=seed-quiz\r\ncorpus_scenarios,3\r\n", summary);
        var markdown = File.ReadAllText(OutFile("summary.md"));
        Assert.Contains("**A slice of the corpus:** 1 of 3 scenarios (`tag=seed-quiz`); every figure and the gate are of the slice only.", markdown);
        Assert.Contains("**Gate: passed** on the slice", markdown);
    }

    [Theory]
    [InlineData(new[] { "--id", "b", "--id", "c" }, new[] { "b", "c" })]
    [InlineData(new[] { "--tag", "seed-quiz", "--id", "c" }, new[] { "a", "c" })]
    public void Eval_TagsAndIds_EvaluateEveryScenarioWithAnyOfThem(string[] slice, string[] expected)
    {
        Assert.Equal(0, Eval(AllRight, slice).ExitCode);

        Assert.Equal(expected, File.ReadAllLines(OutFile("results.csv")).Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Eval_Slice_AsksTheAdvisorOnlyAboutItsScenarios()
    {
        // The advisor would fail on b; outside the slice, b is never asked (a slice of a paid model costs only the slice).
        var (code, _, error) = Run(new FixedAdvisor(AllRight, failOn: "b"), ["--tag", "seed-quiz"]);

        Assert.Equal(0, code);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData(new[] { "--tag", "seed-quizz" }, "--tag seed-quizz: no scenario has this tag; did you mean 'seed-quiz'?")]
    [InlineData(new[] { "--id", "bb" }, "--id bb: no scenario has this id; did you mean 'b'?")]
    [InlineData(new[] { "--id", "zzz-unknown" }, "--id zzz-unknown: no scenario has this id")]
    public void Eval_SliceNamingNothing_Exits2WithDidYouMean(string[] slice, string problem)
    {
        var (code, output, error) = Eval(AllRight, slice);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"{problem}\n1 problem(s) found; nothing was written.\n", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_SliceWithUpdateBaseline_IsRefused()
    {
        var (code, _, error) = Eval(AllRight, "--tag", "seed-quiz", "--update-baseline", "--baseline", "baseline");

        Assert.Equal(2, code);
        Assert.StartsWith("--update-baseline accepts a whole run, and --tag or --id runs a slice: the baseline would lose every scenario outside it; run without --tag and --id to update the baseline\n", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "baseline")));
    }

    [Fact]
    public void Eval_SliceAgainstBaseline_IsComparedOnItsOwnScenarios()
    {
        Assert.Equal(0, Eval(AllRight, "--update-baseline", "--baseline", "baseline").ExitCode);
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "must_pass_tags": ["seed-quiz"] }""");

        // b alone: a and c are neither removed nor a reason to warn of another corpus, and the must-pass tag exists (on a).
        var (code, output, _) = Eval(AllRight, "--id", "b", "--gate", "gate.json", "--baseline", "baseline");

        Assert.Equal(0, code);
        Assert.Contains(": 1 shared scenario(s)\n", output);
        Assert.DoesNotContain("warning:", output);
        Assert.DoesNotContain("removed", File.ReadAllText(OutFile("regressions.csv")));
        Assert.Contains("The baseline's figures are of the whole corpus, so they are not set beside the slice's", File.ReadAllText(OutFile("summary.md")));
    }

    [Fact]
    public void Eval_OutIsAFolderOfOtherFiles_Exits2()
    {
        var (code, _, error) = Eval(AllRight, "--out", "corpus/..");

        Assert.Equal(2, code);
        Assert.Equal(
            "--out corpus/..: refusing to replace a folder that holds files other than reports; choose an empty or new folder\n"
            + "1 problem(s) found; nothing was written.\n",
            error);
        Assert.True(File.Exists(Path.Combine(_corpus.Folder, "scenarios.csv")));
    }

    [Fact]
    public void Eval_UpdateBaselineIntoAFolderOfOtherFiles_Exits2AndWritesNothing()
    {
        Assert.Equal(0, Eval(AllRight, "--update-baseline", "--baseline", "baseline").ExitCode);
        File.WriteAllText(Path.Combine(_corpus.Root, "baseline", "notes.txt"), "keep me");
        var baselineBefore = File.ReadAllBytes(Path.Combine(_corpus.Root, "baseline", "results.csv"));
        Directory.Delete(Path.Combine(_corpus.Root, "out"), recursive: true);

        var (code, _, error) = Eval(AllRight, "--update-baseline", "--baseline", "baseline");

        Assert.Equal(2, code);
        Assert.Equal(
            "--baseline baseline: refusing to replace a folder that holds files other than reports; choose an empty or new folder\n"
            + "1 problem(s) found; nothing was written.\n",
            error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
        Assert.Equal(baselineBefore, File.ReadAllBytes(Path.Combine(_corpus.Root, "baseline", "results.csv")));
        Assert.True(File.Exists(Path.Combine(_corpus.Root, "baseline", "notes.txt")));
    }
}
