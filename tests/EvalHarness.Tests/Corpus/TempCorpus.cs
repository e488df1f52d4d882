using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

/// <summary>A corpus folder under the temp directory, written from test strings and deleted when disposed.</summary>
public sealed class TempCorpus : IDisposable
{
    /// <summary>Two scenarios, 'a' and 'b'.</summary>
    public const string Scenarios = "id,text\na,one\nb,two\n";

    /// <summary>One label for each of <see cref="Scenarios"/>.</summary>
    public const string Labels = "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,prompting\n";

    private readonly TempFolder _root = new("evalharness-");

    private TempCorpus() => Folder = Directory.CreateDirectory(_root["corpus"]).FullName;

    /// <summary>The folder that holds the temp folder, usable as a working directory.</summary>
    public string Root => _root.Path;

    /// <summary>The corpus folder.</summary>
    public string Folder { get; }

    /// <summary>A corpus with these files as UTF-8 text; <c>null</c> leaves a file out.</summary>
    public static TempCorpus With(string? scenarios = Scenarios, string? labels = Labels)
    {
        var corpus = new TempCorpus();
        if (scenarios is not null)
            corpus.Write(CorpusFiles.Scenarios, Encoding.UTF8.GetBytes(scenarios));
        if (labels is not null)
            corpus.Write(CorpusFiles.Labels, Encoding.UTF8.GetBytes(labels));
        return corpus;
    }

    /// <summary>A corpus whose scenarios.csv holds exactly these bytes, with the default labels.</summary>
    public static TempCorpus WithScenarioBytes(byte[] scenarios)
    {
        var corpus = With(scenarios: null);
        corpus.Write(CorpusFiles.Scenarios, scenarios);
        return corpus;
    }

    /// <summary>Loads the folder.</summary>
    public CorpusLoadResult Load() => CorpusLoader.Load(Folder);

    /// <summary>The problems of loading the folder, as authors see them.</summary>
    public string[] Problems() => Load().Problems.Select(p => p.ToString()).ToArray();

    /// <summary>Writes a file of the corpus.</summary>
    public void Write(string fileName, byte[] content) => File.WriteAllBytes(Path.Combine(Folder, fileName), content);

    /// <summary>Deletes the folder.</summary>
    public void Dispose() => _root.Dispose();
}
