using System.Diagnostics;
using System.Text.Json;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Build;

/// <summary>
/// The test project's copied data, as MSBuild evaluates it: a glob that reached into bin/ and obj/ copied each build's
/// output into itself one level deeper (13 levels after 14 builds) and sometimes failed a build with MSB3030.
/// </summary>
public sealed class TestProjectItemsTests
{
    [Fact]
    public void CopiedItems_NoneUnderBinOrObj_OnlyTheRepositorysDataFiles()
    {
        var project = Path.Combine(RepositoryPaths.TestProject, "EvalHarness.Tests.csproj");

        var items = CopiedItems(project);

        Assert.NotEmpty(items);
        Assert.DoesNotContain(items, item => item.StartsWith("bin/", StringComparison.Ordinal) || item.StartsWith("obj/", StringComparison.Ordinal));
        // Every copied file is a file of the repository, never an output of a build.
        Assert.All(items, item => Assert.True(File.Exists(Path.GetFullPath(item, RepositoryPaths.TestProject)), $"{item} is not a file of the repository"));
        Assert.Contains("Advice/DevSet/scenarios.csv", items);
        Assert.Contains("../../fixtures/corpus/scenarios.csv", items);
    }

    private static List<string> CopiedItems(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-getItem:None", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.TestProject,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A test run sets MSBuild variables of its own; the evaluation must see the project as a plain build does.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "dotnet msbuild -getItem did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"dotnet msbuild -getItem failed:\n{stdout.Result}\n{stderr.Result}");

        using var json = JsonDocument.Parse(stdout.Result);
        return json.RootElement.GetProperty("Items").GetProperty("None").EnumerateArray()
            .Where(item => item.TryGetProperty("CopyToOutputDirectory", out var copy) && copy.GetString() is "PreserveNewest" or "Always")
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .ToList();
    }
}
