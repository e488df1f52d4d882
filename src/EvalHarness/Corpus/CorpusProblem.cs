namespace EvalHarness.Corpus;

/// <summary>A located problem in corpus data: the file, the line, what is wrong and how to fix it.</summary>
/// <param name="File">The file name as the author knows it, such as <c>scenarios.csv</c>.</param>
/// <param name="Line">The line the record starts on; 0 for a problem with the whole file.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Hint">How to fix it, when that is not obvious; otherwise <c>null</c>.</param>
public sealed record CorpusProblem(string File, int Line, string Message, string? Hint = null)
{
    /// <summary>The problem as one line: <c>scenarios.csv:14: duplicate id 'x' (first defined on line 3)</c>, then the hint.</summary>
    public override string ToString() =>
        Hint is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Message}; {Hint}";
}
