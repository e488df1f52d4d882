namespace EvalHarness.Corpus;

/// <summary>A column a corpus file may have, matched against its header ignoring case.</summary>
/// <param name="Name">The canonical name, such as <c>training_examples</c>.</param>
/// <param name="Required">Whether a header without it is a problem.</param>
internal sealed record CsvColumn(string Name, bool Required = false);
