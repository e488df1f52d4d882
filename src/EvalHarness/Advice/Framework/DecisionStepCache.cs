using System.Runtime.CompilerServices;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// The built-in advisor's steps, made once for each combination met and shared, so a step costs no allocation once a
/// run has seen its answer, scores, rivals, note and evidence. A step's parts are already shared (each cue's wordings,
/// each fact's forms, each set of rivals), so steps repeat as often as the scenarios' readings do.
/// </summary>
/// <remarks>
/// Thread-safe and immutable once filled: a slot keeps the first step made for its hash, and threads racing to fill it
/// keep one of equal steps. Parts are compared by reference, so evidence made afresh (a wording past the ones a cue
/// keeps) only misses.
/// </remarks>
internal static class DecisionStepCache
{
    private const int Slots = 16384;
    private static readonly DecisionStep?[] Steps = new DecisionStep?[Slots];

    /// <summary>
    /// The step answering <paramref name="question"/> with <paramref name="answer"/> on <paramref name="evidence"/>, its
    /// score, threshold, rivals and note; <paramref name="rivals"/> and <paramref name="note"/> are shared instances.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public static DecisionStep Step(FrameworkQuestion question, bool answer, ReadOnlySpan<Evidence> evidence, int score, int threshold,
        RivalScore[] rivals, string? note)
    {
        var hash = new HashCode();
        hash.Add((int)question | (answer ? 1 << 8 : 0) | (threshold << 9));
        hash.Add(score);
        hash.Add(RuntimeHelpers.GetHashCode(rivals));
        hash.Add(note is null ? 0 : RuntimeHelpers.GetHashCode(note));
        foreach (var item in evidence)
            hash.Add(RuntimeHelpers.GetHashCode(item));
        ref var slot = ref Steps[(uint)hash.ToHashCode() % Slots];
        var made = Volatile.Read(ref slot);
        if (made is not null && made.Question == question && made.Answer == answer && made.Score == score
            && made.Threshold == threshold && ReferenceEquals(made.Rivals, rivals) && ReferenceEquals(made.Note, note)
            && Same((Evidence[])made.Evidence, evidence))
            return made;
        var step = new DecisionStep(question, answer, evidence.IsEmpty ? Array.Empty<Evidence>() : evidence.ToArray())
        {
            Score = score,
            Threshold = threshold,
            Rivals = rivals,
            Note = note,
        };
        // A slot keeps the first step made for it: replacing it would keep evidence alive past the young generation for
        // steps that may never come again, which cost a whole run more than the allocations it saves.
        if (made is null)
            Interlocked.CompareExchange(ref slot, step, null);
        return step;
    }

    // Not generic: a generic method over classes runs shared code that looks its type up.
    private static bool Same(Evidence[] made, ReadOnlySpan<Evidence> items)
    {
        if (made.Length != items.Length)
            return false;
        for (var i = 0; i < made.Length; i++)
        {
            if (!ReferenceEquals(made[i], items[i]))
                return false;
        }

        return true;
    }
}
