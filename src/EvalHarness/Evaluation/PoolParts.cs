namespace EvalHarness.Evaluation;

/// <summary>
/// Runs a piece of work split into parts, one work item of the thread pool each, and completes a task when the last part
/// is done; no thread waits for another.
/// </summary>
/// <remarks>
/// A batch advised or formatted with <c>Parallel.For</c> inside <c>Task.Run</c> left a pool thread waiting for the
/// other parts at every batch; the pool answers a waiting thread by starting more, and a 1M run on two cores had five
/// or six, switching some 45,000 times. Here the last part to finish completes the task (and runs what follows), so
/// the pool keeps one thread per core. See "Back towards the budget (session 12)" in docs/performance.md.
/// </remarks>
internal sealed class PoolParts
{
    private readonly Action<int> _part;
    private readonly Action? _then;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<Exception>? _errors;
    private int _remaining;

    private PoolParts(int parts, Action<int> part, Action? then)
    {
        _part = part;
        _then = then;
        _remaining = parts;
    }

    /// <summary>
    /// Runs <paramref name="part"/> (0 to <paramref name="parts"/> - 1) on the pool, then <paramref name="then"/> on the
    /// thread of the last part when none failed; the task fails with the parts' exceptions, or with that of <paramref name="then"/>.
    /// </summary>
    public static Task Run(int parts, Action<int> part, Action? then = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        ArgumentNullException.ThrowIfNull(part);
        var work = new PoolParts(parts, part, then);
        for (var p = 0; p < parts; p++)
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Work.RunPart(state.Part), (Work: work, Part: p), preferLocal: false);
        return work._done.Task;
    }

    private void RunPart(int part)
    {
        try
        {
            _part(part);
        }
        catch (Exception e)
        {
            lock (_done)
                (_errors ??= []).Add(e);
        }

        if (Interlocked.Decrement(ref _remaining) != 0)
            return;
        // The last part: every other part's writes are visible here, after the interlocked decrement.
        if (_errors is { } errors)
        {
            _done.SetException(errors);
            return;
        }

        try
        {
            _then?.Invoke();
            _done.SetResult();
        }
        catch (Exception e)
        {
            _done.SetException(e);
        }
    }
}
