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

        Assert.StartsWith("advice for scenario 'legal-style' changed:\n@@ -1,4 +1,4 @@\n  {\n-   \"approach\": \"fine-tuning\",\n+   \"approach\": \"prompting\",\n    \"leaf\": \"fine-tune\"\n", failure.Message);
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
    [InlineData("a\nb\nc", "a\nB\nc", "@@ -1,3 +1,3 @@\n  a\n- b\n+ B\n  c")]
    [InlineData("a", "a\nb", "@@ -1,1 +1,2 @@\n  a\n+ b")]
    [InlineData("x\na", "a", "@@ -1,2 +1,1 @@\n- x\n  a")]
    [InlineData("a\nb\n", "a\nb", "")]
    [InlineData("", "a", "@@ -1,1 +1,1 @@\n- \n+ a")]
    // Changes far apart get a hunk each, numbered from the line each starts on; near ones share one.
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9", "1\nTWO\n3\n4\n5\n6\n7\nEIGHT\n9",
        "@@ -1,4 +1,4 @@\n  1\n- 2\n+ TWO\n  3\n  4\n@@ -6,4 +6,4 @@\n  6\n  7\n- 8\n+ EIGHT\n  9")]
    [InlineData("1\n2\n3\n4\n5\n6", "1\nTWO\n3\n4\nFIVE\n6",
        "@@ -1,6 +1,6 @@\n  1\n- 2\n+ TWO\n  3\n  4\n- 5\n+ FIVE\n  6")]
    public void LineDiff_Of_ShowsHunksWithContext(string before, string after, string expected) =>
        Assert.Equal(expected, LineDiff.Of(before, after));

    [Fact]
    public void LineDiff_Of_AdviceJson_NamesTheStepAndEvidenceInTheHunkHeader()
    {
        const string before = """
            {
              "approach": "fine-tuning",
              "path": [
                {
                  "question": "can-prompting-solve-it",
                  "answer": false,
                  "evidence": []
                },
                {
                  "question": "is-style-format-or-persona",
                  "answer": true,
                  "evidence": [
                    {
                      "rule": "cue.format.json",
                      "found": "json",
                      "weight": 3
                    }
                  ]
                }
              ]
            }
            """;
        var after = before.Replace("\"found\": \"json\"", "\"found\": \"JSON\"", StringComparison.Ordinal);

        var diff = LineDiff.Of(before, after);

        Assert.Equal(
            "@@ -13,5 +13,5 @@ \"question\": \"is-style-format-or-persona\" › \"rule\": \"cue.format.json\"\n" +
            "          {\n            \"rule\": \"cue.format.json\",\n-           \"found\": \"json\",\n+           \"found\": \"JSON\",\n" +
            "            \"weight\": 3\n          }",
            diff);
    }

    [Fact]
    public void LineDiff_Of_ManyChanges_StopsAtMaxLinesAndSaysSo()
    {
        var before = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"line {i}"));
        var after = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"LINE {i}"));

        var diff = LineDiff.Of(before, after, maxLines: 10);

        Assert.Equal(12, diff.Split('\n').Length); // one header, ten lines, the note
        Assert.EndsWith("… more changes below; see the whole file", diff);
    }
}
