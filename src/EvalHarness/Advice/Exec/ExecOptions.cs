namespace EvalHarness.Advice.Exec;

/// <summary>How an exec advisor runs its program; immutable.</summary>
/// <param name="Workers">Copies of the program to spread requests over.</param>
/// <param name="Timeout">How long one request may take, from when it is written until its answer is read.</param>
/// <param name="MaxRestarts">How many times a run may start a copy again after it exited or hung.</param>
/// <param name="StopGrace">How long a program may take to end after its input is closed at the end of the run.</param>
public sealed record ExecOptions(int Workers, TimeSpan Timeout, int MaxRestarts = 3, TimeSpan StopGrace = default)
{
    /// <summary>One copy, 30 s a request, 3 restarts, 5 s to end.</summary>
    public static ExecOptions Default { get; } = new(1, TimeSpan.FromSeconds(30));

    /// <summary>How long a program may take to end after its input is closed; 5 s unless set.</summary>
    public TimeSpan StopGrace { get; init; } = StopGrace == default ? TimeSpan.FromSeconds(5) : StopGrace;
}
