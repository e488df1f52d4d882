using System.Diagnostics;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Advice.Exec;

/// <summary>The real Python programs the exec advisor's tests run: the shipped example and the misbehaving ones.</summary>
internal static class PythonPrograms
{
    private static readonly Lazy<string> Interpreter = new(FindInterpreter);

    /// <summary>The interpreter's own path, so tests start Python directly rather than through a version manager's shim (which takes a second a start here).</summary>
    public static string Python => Interpreter.Value;

    /// <summary>The example advisor shipped in examples/advisors/.</summary>
    public static string Example => Path.Combine(RepositoryPaths.Root, "examples", "advisors", "keywords.py");

    /// <summary>The misbehaving test program.</summary>
    public static string Misbehaving => Path.Combine(RepositoryPaths.TestProject, "Advice", "Exec", "Programs", "misbehaving.py");

    /// <summary>An <c>exec:</c> spec running the misbehaving program in a mode.</summary>
    public static string Spec(string mode, string? argument = null) =>
        $"exec:'{Python}' '{Misbehaving}' {mode}" + (argument is null ? "" : $" '{argument}'");

    private static string FindInterpreter()
    {
        var start = new ProcessStartInfo("python3", ["-c", "import sys; print(sys.executable)"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var path = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 && File.Exists(path)
            ? path
            : throw new InvalidOperationException("python3 is needed by the exec advisor's tests and was not found on the PATH");
    }
}
