using System.Diagnostics;
using EvalHarness.Advice;
using EvalHarness.Advice.Exec;
using EvalHarness.Corpus;
using EvalHarness.Tests.Cli;
using EvalHarness.Tests.Corpus;

namespace EvalHarness.Tests.Advice.Exec;

/// <summary>
/// The exec advisor against real programs: each test starts Python processes that answer, crash, hang, chatter or
/// answer out of order, and asserts the outcome and exit code a user would see.
/// </summary>
public sealed class ExecAdvisorTests : IDisposable
{
    // Each text names the approach the test program answers with; the panel agrees with it.
    private const string Scenarios = "id,text\ns1,this wants rag\ns2,this wants prompting\ns3,this wants fine-tuning\ns4,this wants rag\ns5,this wants prompting\ns6,this wants fine-tuning\n";
    private const string Labels = "scenario_id,annotator,label\ns1,x,rag\ns2,x,prompting\ns3,x,fine-tuning\ns4,x,rag\ns5,x,prompting\ns6,x,fine-tuning\n";

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public void Dispose() => _corpus.Dispose();

    private CliRun Eval(string spec, params string[] extra) =>
        CliRun.In(_corpus.Root, null, ["eval", "--corpus", "corpus", "--out", "out", "--advisor", spec, "--no-cache", .. extra]);

    private string Out(string name) => Path.Combine(_corpus.Root, "out", name);

    private string[] ResultRows() => File.ReadAllLines(Out("results.csv")).Skip(1).ToArray();

    [Fact]
    public void Eval_WellBehavedProgram_EveryScenarioAnsweredAndScored()
    {
        var (code, output, error) = Eval(PythonPrograms.Spec("answer"));

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("accuracy             1.0000", output);
        Assert.Contains("requests sent        6 (0 from the cache, 0 retried, 0 restart(s))", output);
        Assert.Contains("advisor,exec:", File.ReadAllText(Out("summary.csv")));
        Assert.Contains("[worker 1] the program exited with code 0", File.ReadAllText(Out("advisor.log")));
    }

    [Fact]
    public void Eval_ProgramExitsMidRun_IsRestartedAndTheRequestItHeldIsRetried()
    {
        var (code, output, _) = Eval(PythonPrograms.Spec("exit-after", "2"), "--concurrency", "1");

        Assert.Equal(0, code);
        Assert.Contains("accuracy             1.0000", output);
        Assert.Contains("2 retried, 2 restart(s)", output);
        var log = File.ReadAllText(Out("advisor.log"));
        Assert.Contains("[worker 1 stderr] giving up after 2 answers", log);
        Assert.Contains("[worker 1] started again (restart 1 of 3): the program exited with code 1", log);
    }

    [Fact]
    public void Eval_ProgramKeepsExiting_AfterThreeRestartsTheRestAreAdvisorErrorsNamingTheCause()
    {
        var (code, output, error) = Eval(PythonPrograms.Spec("exit-after", "1"), "--concurrency", "1");

        Assert.Equal(3, code);
        Assert.Contains("3 restart(s)", output);
        Assert.Contains("error: the advisor failed on 2 scenario(s), more than max_advisor_errors 0:", error);
        Assert.Contains("  s5: the program exited with code 1, and it was restarted 3 times already", error);
        Assert.Contains("  s6: the program exited with code 1, and it was restarted 3 times already", error);
        Assert.Equal(4, ResultRows().Count(row => row.Contains(",true,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Eval_ProgramHangsOnOneScenario_ItTimesOutTwiceAndOnlyItFails()
    {
        var (code, output, error) = Eval(PythonPrograms.Spec("hang-on", "s3"), "--concurrency", "1", "--advisor-timeout", "2");

        Assert.Equal(3, code);
        Assert.Contains("  s3: timed out after 2 s (tried twice)", error);
        Assert.Contains("2 restart(s)", output);
        Assert.Single(ResultRows(), row => row.Contains("timed out after 2 s", StringComparison.Ordinal));
        Assert.Contains("the program was stopped: request 's3' (repeat 0) timed out after 2 s", File.ReadAllText(Out("advisor.log")));
    }

    [Fact]
    public void Eval_ProgramClosesItsInputButKeepsRunning_IsStoppedAndRestartedAndTheRequestRetried()
    {
        var (code, output, error) = Eval(PythonPrograms.Spec("close-input-after", "4"), "--concurrency", "1", "--advisor-timeout", "3");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("accuracy             1.0000", output);
        Assert.Contains("1 retried, 1 restart(s)", output);
        Assert.Contains("[worker 1] started again (restart 1 of 3): the program was stopped: it closed its input but kept running", File.ReadAllText(Out("advisor.log")));
    }

    [Fact]
    public void Eval_ProgramPrintsDebuggingLines_TheyAreLoggedAndCountedAndTheRunSucceeds()
    {
        var (code, output, _) = Eval(PythonPrograms.Spec("debug-lines"));

        Assert.Equal(0, code);
        Assert.Contains("accuracy             1.0000", output);
        Assert.Contains("ignored output       6 line(s) that were not JSON, copied to advisor.log", output);
        Assert.Contains("[worker 1 stdout] debug: thinking about s1", File.ReadAllText(Out("advisor.log")));
    }

    [Fact]
    public void Eval_ProgramAnswersOutOfOrder_AnswersAreMatchedByIdAndRepeat()
    {
        var (code, output, _) = Eval(PythonPrograms.Spec("out-of-order"), "--concurrency", "6", "--repeats", "2");

        Assert.Equal(0, code);
        Assert.Contains("accuracy             1.0000", output);
        Assert.All(ResultRows(), row => Assert.Contains(",1.0000,,this wants", row));
    }

    [Fact]
    public void Eval_ProgramAnswersAnUnknownApproach_EachIsAnAdvisorErrorQuotingTheAnswer()
    {
        var (code, _, error) = Eval(PythonPrograms.Spec("unknown-approach"));

        Assert.Equal(3, code);
        Assert.Contains("  s1: unknown approach \"maybe\" (expected prompting, rag, fine-tuning): \"{\"id\": \"s1\", \"repeat\": 0, \"approach\": \"maybe\"}\"", error);
        Assert.All(ResultRows(), row => Assert.Contains("unknown approach", row));
    }

    [Fact]
    public void Eval_ProgramAnswersWithAnError_ThatScenarioIsAnAdvisorError()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "gate.json"), """{ "max_advisor_errors": 1 }""");

        var (code, output, _) = Eval(PythonPrograms.Spec("error-on", "s2"), "--gate", "gate.json");

        Assert.Equal(0, code);
        Assert.Contains("Gate passed", output);
        Assert.Single(ResultRows(), row => row.Contains("the program answered with an error: no idea about this one", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_ProgramAnswersForIdsItWasNotSent_TheRequestsTimeOutSayingWhatItAnswered()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "corpus", "scenarios.csv"), "id,text\ns1,this wants rag\n");
        File.WriteAllText(Path.Combine(_corpus.Root, "corpus", "labels.csv"), "scenario_id,annotator,label\ns1,x,rag\n");

        // The timeout counts from when the request is written, so it leaves room for Python to start on a busy machine.
        var (code, _, error) = Eval(PythonPrograms.Spec("wrong-id"), "--advisor-timeout", "2");

        Assert.Equal(3, code);
        Assert.Contains("  s1: timed out after 2 s; its last answer matched no request in flight: \"{\"id\": \"not-s1\"", error);
    }

    [Fact]
    public void Eval_OnATerminal_ShowsAnsweredRateCacheRetriesErrorsAndTimeLeft()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new EvalHarness.Cli.CliContext(output, error, _corpus.Root, ErrorIsTerminal: true);

        var code = EvalHarness.Cli.CliApp.Run(["eval", "--corpus", "corpus", "--out", "out", "--no-cache", "--concurrency", "1", "--advisor", PythonPrograms.Spec("slow", "0.25")], context);

        Assert.Equal(0, code);
        Assert.Matches(@"\r  [1-5]/6 answered, [0-9.]+/s, 0 cached, 0 retried, 0 errors, 0:0[0-9] left", error.ToString());
        Assert.EndsWith("\r", error.ToString());
    }

    [Fact]
    public void Eval_ProgramNotFound_IsAUsageErrorBeforeTheRun()
    {
        var (code, _, error) = Eval("exec:no-such-advisor-program --fast");

        Assert.Equal(2, code);
        Assert.StartsWith("--advisor exec:no-such-advisor-program --fast: 'no-such-advisor-program' cannot be started: ", error);
        Assert.Contains("check that it is installed, on the PATH or given with its path, and executable", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_ProgramNotExecutable_IsAUsageErrorBeforeTheRun()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "advisor.sh"), "#!/bin/sh\necho hi\n");

        var (code, _, error) = Eval("exec:./advisor.sh");

        Assert.Equal(2, code);
        Assert.Contains("cannot be started", error);
    }

    [Fact]
    public void Eval_ProgramExitsBeforeAnsweringAnything_IsAUsageErrorAndNothingIsWritten()
    {
        var (code, _, error) = Eval(PythonPrograms.Spec("exit-at-once"));

        Assert.Equal(2, code);
        Assert.Contains("cannot be used: the program exited with code 3 before answering anything; it said: cannot load my model", error);
        Assert.EndsWith("Nothing was written.\n", error);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "out")));
    }

    [Fact]
    public void Eval_SecondIdenticalRun_SendsNoRequestAndWritesTheSameReports()
    {
        // The program counts in a folder: a file named on the command line is part of the fingerprint, and this one changes.
        var asked = Path.Combine(_corpus.Root, "asked.txt");
        string[] cached = ["eval", "--corpus", "corpus", "--advisor", PythonPrograms.Spec("count", _corpus.Root), "--cache-dir", "cache"];
        var first = CliRun.In(_corpus.Root, null, [.. cached, "--out", "first"]);
        var firstRequests = File.ReadAllLines(asked).Length;

        var second = CliRun.In(_corpus.Root, null, [.. cached, "--out", "second"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(6, firstRequests);
        Assert.Equal(6, File.ReadAllLines(asked).Length);
        Assert.Contains("requests sent        0 (6 from the cache", second.Output);
        foreach (var file in new[] { "results.csv", "summary.csv", "confusion.csv", "summary.md" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_corpus.Root, "first", file)), File.ReadAllBytes(Path.Combine(_corpus.Root, "second", file)));
    }

    [Fact]
    public void Eval_ExampleAdvisorOnTheBundledCorpus_WritesFullReportsAndAGateVerdict()
    {
        using var folder = new TempFolder("evalharness-example-");

        var (code, output, error) = CliRun.In(folder.Path, null, "eval", "--corpus", Snapshots.RepositoryPaths.BundledCorpus, "--out", "out", "--no-cache",
            "--advisor", $"exec:'{PythonPrograms.Python}' '{PythonPrograms.Example}'", "--gate", Path.Combine(Snapshots.RepositoryPaths.Root, "fixtures", "gate.json"));

        Assert.Equal("", error);
        Assert.True(code is 0 or 1, $"exit code {code}");
        // Counted, not written down: an author adding a scenario must not break this test (.ci/authoring-loop.sh adds two).
        Assert.Contains($"Evaluated {Snapshots.BundledCorpus.Corpus.Scenarios.Count} scenarios", output);
        Assert.Contains(code == 0 ? "Gate passed" : "Gate FAILED", output);
        Assert.Contains("advisor errors       0", output);
        var results = File.ReadAllLines(Path.Combine(folder.Path, "out", "results.csv"));
        Assert.Contains(results, row => row.StartsWith("quiz-structured-json,fine-tuning,fine-tuning,true,", StringComparison.Ordinal));
        Assert.Contains("keywords advisor ready", File.ReadAllText(Path.Combine(folder.Path, "out", "advisor.log")));
    }

    [Fact]
    public async Task DisposeAsync_ProgramIgnoringTheEndOfItsInput_IsKilledAfterTheGrace()
    {
        using var log = new AdvisorLog(Path.Combine(_corpus.Root, "advisor.log"));
        var options = new ExecOptions(1, TimeSpan.FromSeconds(10)) { StopGrace = TimeSpan.FromMilliseconds(500) };
        var advisor = ExecAdvisor.Start(PythonPrograms.Spec("ignore-eof")["exec:".Length..], _corpus.Root, options, log);
        var answer = await advisor.AdviseAsync(new AdviceRequest(new Scenario("s1", "rag please"), 0), default);
        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        var clock = Stopwatch.StartNew();

        await advisor.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.Elapsed}");
        log.Flush();
        Assert.Contains("still running 0.5 s after its input was closed; killed", File.ReadAllText(Path.Combine(_corpus.Root, "advisor.log")));
    }
}
