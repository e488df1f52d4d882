using System.Security.Cryptography;
using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public sealed class CorpusHashesTests
{
    [Fact]
    public void Of_CorpusFolder_HashesEachFileAsSha256Hex()
    {
        using var folder = new TempFolder("hashes-");
        File.WriteAllText(folder["scenarios.csv"], "abc");
        File.WriteAllText(folder["labels.csv"], "");

        var hashes = CorpusHashes.Of(folder.Path);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hashes.ScenariosSha256);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hashes.LabelsSha256);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1 << 20)]
    [InlineData((1 << 20) + 1)]
    [InlineData((3 << 20) + 7)]
    public void Of_FileOfManyReads_HashesEveryByteOnce(int length)
    {
        using var folder = new TempFolder("hashes-");
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(folder["scenarios.csv"], bytes);
        File.WriteAllBytes(folder["labels.csv"], bytes[..(length / 2)]);

        var hashes = CorpusHashes.Of(folder.Path);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), hashes.ScenariosSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, length / 2))), hashes.LabelsSha256);
    }
}
