using System.Diagnostics;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Build;

/// <summary>
/// What CI's test step runs: the README's test command at a verbosity that shows each failing test's message (a snapshot's
/// diff and how to accept it). The scripts are run by bash with <c>dotnet</c> replaced by a function that prints its
/// arguments, so the test sees the command CI would run without running it.
/// </summary>
public sealed class CiScriptTests
{
    [Fact]
    public void CiTests_RunsTheReadmeTestCommandWithoutHidingFailureMessages()
    {
        var command = Bash(". .ci/lib.sh; dotnet() { echo \"dotnet $*\"; }; ci_tests --no-build");

        Assert.Equal("dotnet test EvalHarness.sln -nologo --no-build\n", command);
        Assert.Contains("\ndotnet test\n", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
    }

    [Fact]
    public void CiRun_TheTestStepGoesThroughCiTests()
    {
        // The step that counts the totals, not a separate dotnet test call that could bring '-v q' back.
        var run = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".ci", "run"));
        var step = Array.FindIndex(run, line => line.StartsWith("step \"tests", StringComparison.Ordinal));

        Assert.True(step >= 0, ".ci/run has no tests step");
        Assert.Contains(run.Skip(step).TakeWhile(line => !line.StartsWith("step \"the README", StringComparison.Ordinal)), line => line.StartsWith("ci_tests --no-build", StringComparison.Ordinal));
    }

    private static string Bash(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"bash exited with {process.ExitCode}: {error}");
        return output;
    }
}
