using EvalHarness.Corpus;
using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Synthetic;

/// <summary>A synthetic corpus written to a temp folder and deleted when disposed.</summary>
internal sealed class GeneratedCorpus : IDisposable
{
    private readonly TempFolder _root;

    private GeneratedCorpus(TempFolder root, SyntheticCorpusSummary summary)
    {
        _root = root;
        Summary = summary;
    }

    /// <summary>The corpus folder.</summary>
    public string Folder => _root["corpus"];

    /// <summary>What was written.</summary>
    public SyntheticCorpusSummary Summary { get; }

    public string ScenariosPath => Path.Combine(Folder, CorpusFiles.Scenarios);

    public string LabelsPath => Path.Combine(Folder, CorpusFiles.Labels);

    public static GeneratedCorpus Write(SyntheticOptions options)
    {
        var root = new TempFolder("evalharness-syn-");
        return new GeneratedCorpus(root, SyntheticCorpusWriter.Write(root["corpus"], options));
    }

    public void Dispose() => _root.Dispose();
}
