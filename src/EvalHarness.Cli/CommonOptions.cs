using System.CommandLine;

namespace EvalHarness.Cli;

/// <summary>Options shared by several commands, so they are spelled and defaulted the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The default corpus folder, relative to the working directory.</summary>
    public const string DefaultCorpus = "fixtures/corpus";

    /// <summary><c>--corpus DIR</c>: the corpus folder holding scenarios.csv and labels.csv.</summary>
    public static Option<string> Corpus() => new("--corpus")
    {
        Description = "Corpus folder holding scenarios.csv and labels.csv",
        DefaultValueFactory = _ => DefaultCorpus,
        HelpName = "DIR",
    };
}
