using System.Diagnostics;
using EvalHarness.Cli;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Cli;

/// <summary>The command line as a whole: help, usage errors and their did-you-mean, and the name it gives itself.</summary>
public sealed class CliAppTests
{
    public static TheoryData<string> Verbs => new() { "validate", "advise", "explain", "cost", "eval", "compare", "generate", "format", "accept" };

    [Fact]
    public void Run_NoArguments_PrintsHelpAndExits0()
    {
        var run = CliRun.Of();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Usage:\n  eval-harness [command] [options]", run.Output, StringComparison.Ordinal);
        foreach (var verb in Verbs)
            Assert.Contains($"\n  {verb}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0  ok", run.Output, StringComparison.Ordinal);
        Assert.Contains("Example:\n  eval-harness validate\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Help_EachVerb_ListsItsExitCodesAndAnExampleThatParses(string verb)
    {
        var run = CliRun.Of(verb, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Usage:\n  eval-harness {verb}", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nExit codes:\n(  [0-3]  \S.*\n)+\n", run.Output);
        Assert.Contains("  0  ", run.Output, StringComparison.Ordinal);
        Assert.Contains("  2  ", run.Output, StringComparison.Ordinal);
        var example = run.Output[(run.Output.IndexOf("Example:\n  eval-harness ", StringComparison.Ordinal) + "Example:\n  eval-harness ".Length)..].Split('\n')[0];
        Assert.True(example == verb || example.StartsWith(verb + " ", StringComparison.Ordinal), $"the example '{example}' is not of {verb}");
        var (root, _) = CliApp.Build(new CliContext(TextWriter.Null, TextWriter.Null, Path.GetTempPath()));
        Assert.Empty(UsageProblems.Of(root.Parse(example), root));
    }

    [Theory]
    [InlineData("evaluate", "error: unknown command 'evaluate'; did you mean 'eval'?")]
    [InlineData("valdate", "error: unknown command 'valdate'; did you mean 'validate'?")]
    [InlineData("gen", "error: unknown command 'gen'; did you mean 'generate'?")]
    [InlineData("EXPLAIN", "error: unknown command 'EXPLAIN'; did you mean 'explain'?")]
    [InlineData("fine-tune", "error: unknown command 'fine-tune'; the commands are validate, advise, explain, cost, eval, compare, generate, format, accept")]
    public void Run_UnknownCommand_SuggestsTheNearest(string typed, string expected)
    {
        var run = CliRun.Of(typed);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"{expected}\nRun 'eval-harness --help' for usage.\n", run.Error);
    }

    [Theory]
    [InlineData(new[] { "eval", "--gat", "gate.json" }, "error: unknown option '--gat' for 'eval'; did you mean '--gate'?", "eval")]
    [InlineData(new[] { "validate", "--corpos", "x" }, "error: unknown option '--corpos' for 'validate'; did you mean '--corpus'?", "validate")]
    [InlineData(new[] { "eval", "--junti", "x.xml" }, "error: unknown option '--junti' for 'eval'; did you mean '--junit'?", "eval")]
    [InlineData(new[] { "--corpus", "x" }, "error: option '--corpus' goes after a command, such as 'validate --corpus ...'; it belongs to validate, explain, eval, format", "")]
    [InlineData(new[] { "--corpus", "x", "validate" }, "error: option '--corpus' goes after the command, as in 'validate --corpus ...'", "validate")]
    public void Run_UnknownOption_SuggestsTheNearestOfItsCommand(string[] args, string expected, string verb)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{expected}\nRun 'eval-harness {(verb.Length == 0 ? "" : verb + " ")}--help' for usage.\n", run.Error);
    }

    [Fact]
    public void Run_AsDotnetRun_NamesThatCommandInHelpAndErrors()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, Path.GetTempPath()) { CommandName = "dotnet run --project src/EvalHarness.Cli --" };

        Assert.Equal(2, CliApp.Run(["evaluate"], context));
        Assert.Equal(0, CliApp.Run(["eval", "--help"], context));

        Assert.EndsWith("Run 'dotnet run --project src/EvalHarness.Cli -- --help' for usage.\n", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:\n  dotnet run --project src/EvalHarness.Cli -- eval [options]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Example:\n  dotnet run --project src/EvalHarness.Cli -- eval --gate", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotnetRun_FromTheRepositoryRoot_MessagesNameDotnetRun()
    {
        // The real thing, as the README runs it: the tool tells from where it was built how it was started.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "-c", configuration, "--project", "src/EvalHarness.Cli", "--", "evaluate"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "dotnet run did not finish in 2 minutes");

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(
            "error: unknown command 'evaluate'; did you mean 'eval'?\nRun 'dotnet run --project src/EvalHarness.Cli -- --help' for usage.\n",
            (await stderr).ReplaceLineEndings("\n"));
        Assert.Equal("", stdout);
    }
}
