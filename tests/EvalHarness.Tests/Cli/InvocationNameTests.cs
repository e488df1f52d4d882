using EvalHarness.Cli;

namespace EvalHarness.Tests.Cli;

public sealed class InvocationNameTests : IDisposable
{
    private readonly TempFolder _repository = new("invocation-");

    public InvocationNameTests()
    {
        Directory.CreateDirectory(_repository["src/EvalHarness.Cli/bin/Debug/net10.0/linux-x64"]);
        File.WriteAllText(_repository["src/EvalHarness.Cli/EvalHarness.Cli.csproj"], "<Project />");
        Directory.CreateDirectory(_repository["docs"]);
    }

    public void Dispose() => _repository.Dispose();

    [Theory]
    [InlineData("src/EvalHarness.Cli/bin/Debug/net10.0", "", "dotnet run --project src/EvalHarness.Cli --")]
    [InlineData("src/EvalHarness.Cli/bin/Debug/net10.0/linux-x64", "", "dotnet run --project src/EvalHarness.Cli --")]
    [InlineData("src/EvalHarness.Cli/bin/Debug/net10.0", "docs", "dotnet run --project ../src/EvalHarness.Cli --")]
    [InlineData("src/EvalHarness.Cli/bin/Debug/net10.0", "src/EvalHarness.Cli", "dotnet run --project . --")]
    public void Detect_TheProjectsBuildOutput_IsDotnetRunFromTheWorkingDirectory(string baseDirectory, string workingDirectory, string expected) =>
        Assert.Equal(expected, InvocationName.Detect(_repository[baseDirectory], _repository[workingDirectory]));

    [Theory]
    [InlineData(".dotnet/tools/.store/evalharness.cli/0.1.0/evalharness.cli/0.1.0/tools/net10.0/any")]
    [InlineData("artifacts/tool")]
    public void Detect_AnInstalledOrPublishedTool_IsEvalHarness(string baseDirectory)
    {
        Directory.CreateDirectory(_repository[baseDirectory]);

        Assert.Equal("eval-harness", InvocationName.Detect(_repository[baseDirectory], _repository.Path));
    }
}
