namespace EvalHarness.Advice.Exec;

/// <summary>What became of one request sent to a program: its answer line, or why there is none.</summary>
/// <param name="Line">The JSON line the program answered with; <c>null</c> when it did not answer.</param>
/// <param name="Failure">Why there is no answer: the program exited (with its code), or the request timed out.</param>
/// <param name="ProgramExited">Whether the program ended by itself (rather than being stopped by the harness).</param>
internal sealed record ExecReply(string? Line, string? Failure, bool ProgramExited = false);
