using EvalHarness.Advice;
using EvalHarness.Cli;

namespace EvalHarness.Tests.Cli;

/// <summary>Runs the CLI in memory and captures what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs a command line from the temp folder with the built-in advisor.</summary>
    public static CliRun Of(params string[] args) => In(Path.GetTempPath(), advisor: null, args);

    /// <summary>Runs a command line from <paramref name="workingDirectory"/>, with another advisor when one is given.</summary>
    public static CliRun In(string workingDirectory, IAdvisor? advisor, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliContext(output, error, workingDirectory), advisor is null ? null : () => advisor);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command line from <paramref name="workingDirectory"/> with these environment variables and no others (OPENAI_API_KEY, OPENAI_BASE_URL).</summary>
    public static CliRun WithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, workingDirectory) { Environment = name => environment.GetValueOrDefault(name) };
        var code = CliApp.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
