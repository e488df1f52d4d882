namespace EvalHarness.Corpus;

/// <summary>The names of the files a corpus folder holds, as problems and messages spell them.</summary>
public static class CorpusFiles
{
    /// <summary>The scenarios file: one situation per record.</summary>
    public const string Scenarios = "scenarios.csv";

    /// <summary>The expert labels file: one annotator's verdict on one scenario per record.</summary>
    public const string Labels = "labels.csv";
}
