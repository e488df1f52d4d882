using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Synthetic;

/// <summary>A synthetic corpus written to a temp folder and deleted when disposed.</summary>
internal sealed class GeneratedCorpus : IDisposable
{
    private GeneratedCorpus(string folder, SyntheticCorpusSummary summary)
    {
        Folder = folder;
        Summary = summary;
    }

    /// <summary>The corpus folder.</summary>
    public string Folder { get; }

    /// <summary>What was written.</summary>
    public SyntheticCorpusSummary Summary { get; }

    public string ScenariosPath => Path.Combine(Folder, "scenarios.csv");

    public string LabelsPath => Path.Combine(Folder, "labels.csv");

    public static GeneratedCorpus Write(SyntheticOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "evalharness-syn-" + Guid.NewGuid().ToString("N"));
        return new GeneratedCorpus(folder, SyntheticCorpusWriter.Write(folder, options));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
