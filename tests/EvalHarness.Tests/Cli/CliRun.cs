using EvalHarness.Cli;

namespace EvalHarness.Tests.Cli;

/// <summary>Runs the CLI in memory and captures what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliContext(output, error, Path.GetTempPath()));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
