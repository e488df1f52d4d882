using Xunit.Sdk;

namespace EvalHarness.Tests.Snapshots;

public sealed class TextSnapshotTests : IDisposable
{
    private readonly TempFolder _temp = new("text-snapshot-");

    private string _folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MatchIn_ChangedText_FailsNamingSubjectWithDiffAndHowToAccept()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "__snapshots__"));
        File.WriteAllText(Path.Combine(_folder, "__snapshots__", "legal-style.snap"), "{\n  \"approach\": \"fine-tuning\",\n  \"leaf\": \"fine-tune\"\n}");

        var failure = Assert.Throws<XunitException>(() =>
            TextSnapshot.MatchIn(_folder, "legal-style", "{\n  \"approach\": \"prompting\",\n  \"leaf\": \"fine-tune\"\n}", "advice for scenario 'legal-style'"));

        Assert.StartsWith("advice for scenario 'legal-style' changed:\n  {\n-   \"approach\": \"fine-tuning\",\n+   \"approach\": \"prompting\",\n    \"leaf\": \"fine-tune\"\n", failure.Message);
        Assert.Contains("__mismatch__/legal-style.snap", failure.Message);
        Assert.Contains("To accept it", failure.Message);
    }

    [Fact]
    public void MatchIn_SameText_PassesAndLeavesNoMismatch()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "__snapshots__"));
        File.WriteAllText(Path.Combine(_folder, "__snapshots__", "stable.snap"), "same\ntext");

        TextSnapshot.MatchIn(_folder, "stable", "same\ntext", "subject");

        Assert.False(Directory.Exists(Path.Combine(_folder, "__snapshots__", "__mismatch__")));
    }

    [Theory]
    [InlineData("a\nb\nc", "a\nb\nc", "")]
    [InlineData("a\nb\nc", "a\nB\nc", "  a\n- b\n+ B\n  c")]
    [InlineData("a", "a\nb", "  a\n+ b")]
    [InlineData("x\na", "a", "- x\n  a")]
    [InlineData("a\nb\n", "a\nb", "")]
    public void LineDiff_Of_ShowsChangedLinesWithContext(string before, string after, string expected) =>
        Assert.Equal(expected, LineDiff.Of(before, after));
}
