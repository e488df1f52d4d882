using System.Diagnostics;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Build;

/// <summary>What git does with the corpus files: they are kept with LF line endings, whatever a spreadsheet saved.</summary>
public sealed class GitAttributesTests : IDisposable
{
    private readonly TempFolder _repository = new("gitattributes-");

    public void Dispose() => _repository.Dispose();

    [Theory]
    [InlineData("fixtures/corpus/scenarios.csv")]
    [InlineData("fixtures/corpus/labels.csv")]
    public void Add_CorpusFileSavedWithCrlf_IsStoredWithLf(string path)
    {
        Git("init", "-q");
        File.Copy(Path.Combine(RepositoryPaths.Root, ".gitattributes"), _repository[".gitattributes"]);
        Directory.CreateDirectory(Path.GetDirectoryName(_repository[path])!);
        File.WriteAllText(_repository[path], "id,text\r\na,\"one\r\ntwo\"\r\n");

        Git("add", path);

        Assert.Equal("id,text\na,\"one\ntwo\"\n", Git("cat-file", "-p", $":{path}"));
        Assert.Equal($"{path}: text: set\n{path}: eol: lf\n", Git("check-attr", "text", "eol", "--", path));
    }

    [Fact]
    public void Add_ReportCsv_IsStoredAsWritten()
    {
        // Reports are written with CRLF, as RFC 4180 and Excel have it; git must not touch them.
        Git("init", "-q");
        File.Copy(Path.Combine(RepositoryPaths.Root, ".gitattributes"), _repository[".gitattributes"]);
        Directory.CreateDirectory(_repository["reports/baseline"]);
        File.WriteAllText(_repository["reports/baseline/results.csv"], "a,b\r\n1,2\r\n");

        Git("add", "reports/baseline/results.csv");

        Assert.Equal("a,b\r\n1,2\r\n", Git("cat-file", "-p", ":reports/baseline/results.csv"));
    }

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git", args)
        {
            WorkingDirectory = _repository.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Whatever the machine's git settings say, the repository's .gitattributes decide.
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr.Result}");
        return stdout;
    }
}
