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
    // Half a megabyte of slots, so the table fits beside the batch in a core's 512 KB second-level cache: against 16,384,
    // four rounds of paired 1M runs were 0.02-0.14 s faster (32 pairs; docs/performance.md, session 14), though more
    // combinations now share a slot and are made again.
    private const int Slots = 8192;

    /// <summary>How many pieces of evidence a slot holds beside its step; a step with more compares the rest in its own array.</summary>
    private const int InlineEvidence = 4;

    // A slot holds what a lookup compares (64 bytes), not only the step: a 1M run looks steps up 2 million times in a
    // table and steps larger than the processor's caches, and going from the slot to the step and on to its evidence
    // array cost two or three cache misses a lookup (the lookup was 3.4-4.3% of a 1M run's CPU samples, most of them on
    // those loads); now a hit reads the slot alone.
    private static readonly Slot[] Table = new Slot[Slots];

    /// <summary>Marks a slot a thread is filling: readers take it as empty until the step itself is published.</summary>
    private static readonly DecisionStep Filling = new(default, false, []);

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
        ref var slot = ref Table[(uint)hash.ToHashCode() % Slots];
        var fits = TryKey(question, answer, evidence.Length, score, threshold, out var key);
        var made = Volatile.Read(ref slot.Step);
        // Fields written before the step was published are read after it, and never change once it is. The step itself is
        // read only for evidence past the slot's.
        if (made is not null && !ReferenceEquals(made, Filling) && fits && slot.Key == key && ReferenceEquals(slot.Rivals, rivals)
            && ReferenceEquals(slot.Note, note) && slot.Holds(evidence)
            && (evidence.Length <= InlineEvidence || Same((Evidence[])made.Evidence, evidence, InlineEvidence)))
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
        if (made is null && fits && Interlocked.CompareExchange(ref slot.Step, Filling, null) is null)
        {
            slot.Key = key;
            slot.Rivals = rivals;
            slot.Note = note;
            slot.Keep(evidence);
            Volatile.Write(ref slot.Step, step);
        }

        return step;
    }

    /// <summary>Question, answer, evidence count, threshold and score in one number; <c>false</c> when they do not fit, and such steps are not kept.</summary>
    private static bool TryKey(FrameworkQuestion question, bool answer, int count, int score, int threshold, out ulong key)
    {
        key = ((ulong)(uint)score << 32) | ((ulong)(uint)threshold << 16) | ((ulong)(uint)count << 9) | (answer ? 1UL << 8 : 0) | (byte)question;
        return (uint)question <= byte.MaxValue && (uint)count <= 127 && (uint)threshold <= ushort.MaxValue;
    }

    // Not generic: a generic method over classes runs shared code that looks its type up.
    private static bool Same(Evidence[] made, ReadOnlySpan<Evidence> items, int from)
    {
        for (var i = from; i < items.Length; i++)
        {
            if (!ReferenceEquals(made[i], items[i]))
                return false;
        }

        return true;
    }

    /// <summary>A kept step and what a lookup compares it by: its key, rivals, note and first pieces of evidence.</summary>
    private struct Slot
    {
        public DecisionStep? Step;
        public RivalScore[]? Rivals;
        public string? Note;
        public ulong Key;
        private Evidence? _first, _second, _third, _fourth;

        /// <summary>Whether the first <see cref="InlineEvidence"/> pieces of <paramref name="evidence"/> are the slot's (the key holds the count).</summary>
        public readonly bool Holds(ReadOnlySpan<Evidence> evidence) => evidence.Length switch
        {
            0 => true,
            1 => ReferenceEquals(_first, evidence[0]),
            2 => ReferenceEquals(_first, evidence[0]) && ReferenceEquals(_second, evidence[1]),
            3 => ReferenceEquals(_first, evidence[0]) && ReferenceEquals(_second, evidence[1]) && ReferenceEquals(_third, evidence[2]),
            _ => ReferenceEquals(_first, evidence[0]) && ReferenceEquals(_second, evidence[1]) && ReferenceEquals(_third, evidence[2])
                && ReferenceEquals(_fourth, evidence[3]),
        };

        /// <summary>Keeps the first <see cref="InlineEvidence"/> pieces of <paramref name="evidence"/>.</summary>
        public void Keep(ReadOnlySpan<Evidence> evidence)
        {
            _first = evidence.Length > 0 ? evidence[0] : null;
            _second = evidence.Length > 1 ? evidence[1] : null;
            _third = evidence.Length > 2 ? evidence[2] : null;
            _fourth = evidence.Length > 3 ? evidence[3] : null;
        }
    }
}
