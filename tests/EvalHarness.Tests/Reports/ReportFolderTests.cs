using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public sealed class ReportFolderTests : IDisposable
{
    private readonly TempFolder _temp = new("report-folder-");

    private string _root => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Replace_ExistingReports_SwapsInTheNewSetOnly()
    {
        var target = Path.Combine(_root, "latest");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.csv"), "old");

        ReportFolder.Replace(target, folder => File.WriteAllText(Path.Combine(folder, "new.csv"), "new"));

        Assert.Equal(["new.csv"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal(["latest"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName)); // no temporary left behind
    }

    [Fact]
    public void Replace_WriterFails_KeepsPreviousReportsAndLeavesNoTemporary()
    {
        var target = Path.Combine(_root, "latest");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "results.csv"), "previous");

        Assert.Throws<IOException>(() => ReportFolder.Replace(target, folder =>
        {
            File.WriteAllText(Path.Combine(folder, "results.csv"), "half");
            throw new IOException("disk full");
        }));

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "results.csv")));
        Assert.Equal(["latest"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Replace_FolderWithOtherFiles_Refuses()
    {
        File.WriteAllText(Path.Combine(_root, "Program.cs"), "// not a report");

        var error = Assert.Throws<InvalidOperationException>(() => ReportFolder.Replace(_root, _ => { }));

        Assert.Contains("refusing to replace", error.Message);
        Assert.True(File.Exists(Path.Combine(_root, "Program.cs")));
    }
}
