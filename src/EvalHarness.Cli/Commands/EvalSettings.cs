using EvalHarness.Corpus;

namespace EvalHarness.Cli.Commands;

/// <summary>The options of one <c>eval</c> invocation, as given on the command line.</summary>
/// <param name="Corpus">The corpus folder.</param>
/// <param name="Out">The report folder.</param>
/// <param name="Gate">The gate policy file, or <c>null</c> for no gate.</param>
/// <param name="Baseline">The baseline folder to compare with, or <c>null</c>.</param>
/// <param name="UpdateBaseline">Whether to rewrite the baseline from this run.</param>
/// <param name="JUnit">The JUnit XML file to write, or <c>null</c>.</param>
internal sealed record EvalSettings(string Corpus, string Out, string? Gate, string? Baseline, bool UpdateBaseline, string? JUnit)
{
    /// <summary>The advisor under test and how to ask it.</summary>
    public AdvisorSettings Advisor { get; init; } = AdvisorSettings.Framework;

    /// <summary>Every advisor to evaluate, when several were given (<c>--advisor A --advisor B</c>); each gets a report folder and is compared with the first.</summary>
    public IReadOnlyList<AdvisorSettings> Advisors { get; init; } = [];

    /// <summary>Tags of the slice to evaluate (<c>--tag</c>); with <see cref="Ids"/> empty too, the whole corpus.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Ids of the slice to evaluate (<c>--id</c>).</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>The slice to evaluate, or <c>null</c> for the whole corpus; a new one each call, since it counts what it sees.</summary>
    public ScenarioSlice? NewSlice() => Tags.Count + Ids.Count == 0 ? null : new ScenarioSlice(Tags, Ids);

    /// <summary>The repository's baseline, which <c>--update-baseline</c> rewrites when no <c>--baseline</c> is given.</summary>
    public string DefaultBaseline { get; init; } = EvalCommand.DefaultBaseline;

    /// <summary>Whether the corpus is the repository's own, whose baseline is <see cref="DefaultBaseline"/>.</summary>
    public bool OfTheRepository { get; init; }

    /// <summary>The baseline folder the run compares with or rewrites, if any.</summary>
    public string? BaselineFolder => Baseline ?? (UpdateBaseline ? DefaultBaseline : null);
}
