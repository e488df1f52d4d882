namespace EvalHarness.Corpus;

/// <summary>Collects the problems of one validation pass, so authors see all of them at once, sorted by file and line.</summary>
public sealed class CorpusProblemList
{
    private readonly List<CorpusProblem> _problems = [];
    private readonly string[] _fileOrder;

    /// <summary>Creates an empty list that sorts the named files in this order; other names (such as a folder) come first.</summary>
    public CorpusProblemList(params string[] fileOrder)
    {
        ArgumentNullException.ThrowIfNull(fileOrder);
        _fileOrder = fileOrder;
    }

    /// <summary>An empty list for a corpus folder: scenarios.csv's problems sort before labels.csv's.</summary>
    public static CorpusProblemList ForCorpus() => new(CorpusFiles.Scenarios, CorpusFiles.Labels);

    /// <summary>The number of problems found so far.</summary>
    public int Count => _problems.Count;

    /// <summary>Records a problem at a line of a file (0 for the whole file).</summary>
    public void Add(string file, int line, string message, string? hint = null) =>
        _problems.Add(new CorpusProblem(file, line, message, hint));

    /// <summary>The problems sorted by file order, then line; problems on one line keep the order they were found in.</summary>
    public IReadOnlyList<CorpusProblem> Sorted() =>
        _problems.OrderBy(p => Array.IndexOf(_fileOrder, p.File)).ThenBy(p => p.Line).ToArray();
}
