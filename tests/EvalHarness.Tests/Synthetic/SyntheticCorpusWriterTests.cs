using EvalHarness.Corpus;
using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Synthetic;

public sealed class SyntheticCorpusWriterTests
{
    [Fact]
    public void Write_SameSeedAndOptions_GivesByteIdenticalFiles()
    {
        using var first = GeneratedCorpus.Write(new SyntheticOptions(500, Seed: 7));
        using var second = GeneratedCorpus.Write(new SyntheticOptions(500, Seed: 7));

        Assert.Equal(File.ReadAllBytes(first.ScenariosPath), File.ReadAllBytes(second.ScenariosPath));
        Assert.Equal(File.ReadAllBytes(first.LabelsPath), File.ReadAllBytes(second.LabelsPath));
        Assert.Equal(first.Summary, second.Summary);
    }

    [Fact]
    public void Write_DifferentSeeds_GiveDifferentFiles()
    {
        using var first = GeneratedCorpus.Write(new SyntheticOptions(200, Seed: 1));
        using var second = GeneratedCorpus.Write(new SyntheticOptions(200, Seed: 2));

        var firstLines = File.ReadAllLines(first.ScenariosPath);
        var secondLines = File.ReadAllLines(second.ScenariosPath);

        Assert.Equal(firstLines[0], secondLines[0]);
        Assert.True(firstLines.Skip(1).Zip(secondLines.Skip(1)).Count(p => p.First != p.Second) > 190);
    }

    [Fact]
    public void Write_OtherNoise_KeepsScenariosAndWhoLabelled()
    {
        using var quiet = GeneratedCorpus.Write(new SyntheticOptions(300, Seed: 5, Noise: 0));
        using var noisy = GeneratedCorpus.Write(new SyntheticOptions(300, Seed: 5, Noise: 0.5));

        var labelKeys = (string path) => File.ReadAllLines(path).Select(l => string.Join(',', l.Split(',').Take(2))).ToArray();

        Assert.Equal(File.ReadAllBytes(quiet.ScenariosPath), File.ReadAllBytes(noisy.ScenariosPath));
        Assert.Equal(labelKeys(quiet.LabelsPath), labelKeys(noisy.LabelsPath));
    }

    [Fact]
    public void Write_GeneratedCorpus_LoadsWithNoProblem()
    {
        using var generated = GeneratedCorpus.Write(new SyntheticOptions(1_000, Seed: 11, Annotators: 4, Noise: 0.2));

        var result = CorpusLoader.Load(generated.Folder);

        Assert.Empty(result.Problems);
        Assert.Equal(1_000, result.Corpus!.Scenarios.Count);
        Assert.Equal(generated.Summary.Labels, result.Corpus.Labels.Count);
        Assert.Equal(["synthetic-01", "synthetic-02", "synthetic-03", "synthetic-04"], result.Corpus.Annotators);
        Assert.Equal("syn-0000001", result.Corpus.Scenarios[0].Id);
        Assert.Equal(new FileInfo(generated.ScenariosPath).Length, generated.Summary.ScenariosBytes);
    }

    [Fact]
    public void Write_Files_UseLfAndNoByteOrderMark()
    {
        using var generated = GeneratedCorpus.Write(new SyntheticOptions(50));

        foreach (var (path, first) in new[] { (generated.ScenariosPath, (byte)'i'), (generated.LabelsPath, (byte)'s') })
        {
            var bytes = File.ReadAllBytes(path);

            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal(first, bytes[0]); // 'id' or 'scenario_id', not a byte-order mark
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Theory]
    [InlineData(0, 3, 0.1, "count must be at least 1, got 0")]
    [InlineData(10, 0, 0.1, "annotators must be from 1 to 20, got 0")]
    [InlineData(10, 21, 0.1, "annotators must be from 1 to 20, got 21")]
    [InlineData(10, 3, -0.1, "noise must be from 0 to 1, got -0.1")]
    [InlineData(10, 3, 1.5, "noise must be from 0 to 1, got 1.5")]
    [InlineData(10, 3, double.NaN, "noise must be from 0 to 1, got NaN")]
    public void Write_InvalidOptions_ThrowsNamingTheValue(int count, int annotators, double noise, string expected)
    {
        var options = new SyntheticOptions(count, Annotators: annotators, Noise: noise);

        using var temp = new TempFolder("evalharness-syn-");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCorpusWriter.Write(temp["corpus"], options));

        Assert.Equal([expected], options.Problems());
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
