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
}
