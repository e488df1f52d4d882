using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// Evidence gathered for one question, kept on the stack as what to make rather than as objects, so only the questions
/// asked make evidence, and a weight can still be capped after everything is counted.
/// </summary>
internal struct EvidenceList
{
    /// <summary>How many items a question keeps; later ones still count towards the score but are not listed.</summary>
    public const int Capacity = 16;

    private Slots _items;

    /// <summary>How many items were kept.</summary>
    public int Count { get; private set; }

    /// <summary>An item by its index, to cap it.</summary>
    [UnscopedRef]
    public ref PendingEvidence this[int index] => ref _items[index];

    /// <summary>Keeps an item when there is room.</summary>
    public void Add(PendingEvidence item)
    {
        if (Count < Capacity)
            _items[Count++] = item;
    }

    /// <summary>
    /// Writes the kept items as evidence in the order added, their words as the text writes them, into
    /// <paramref name="into"/> (at least <see cref="Capacity"/> long); returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public readonly int Fill(Span<Evidence> into, in WrittenWords words, ReadOnlySpan<CueHit> hits, in FactEvidence facts)
    {
        for (var i = 0; i < Count; i++)
        {
            var item = _items[i];
            if (item.Kind == PendingKind.Fact)
            {
                into[i] = facts[item.Index];
                continue;
            }

            if (item.Kind is PendingKind.SkippedPrompting or PendingKind.QuestionedTuning or PendingKind.NoExamples or PendingKind.NoExamplesAgainst
                or PendingKind.BarePrompt)
            {
                var written = item.Kind switch
                {
                    PendingKind.SkippedPrompting => words.Of(CueCatalog.SkippedPrompting, hits, item.Index),
                    PendingKind.QuestionedTuning => words.Of(CueCatalog.QuestionedTuning, hits, item.Index),
                    PendingKind.NoExamples => words.Of(CueCatalog.NoExamples, hits, item.Index),
                    PendingKind.NoExamplesAgainst => words.Of(CueCatalog.NoExamplesAgainst, hits, item.Index),
                    _ => words.Quotation(CueCatalog.BarePrompt, item.Index),
                };
                // A reading's weight is fixed, unless its family reached the cap ("vague", "underspecified" and a bare prompt).
                into[i] = item.Weight == written.Weight ? written : CueCatalog.Capped(written, item.Family, item.Weight);
                continue;
            }

            ref readonly var hit = ref hits[item.Index];
            var against = item.Kind == PendingKind.Against;
            var evidence = against ? CueCatalog.Against(hit) : CueCatalog.EvidenceFor(hit);
            if (item.Weight != evidence.Weight)
                evidence = CueCatalog.Capped(hit, against, item.Weight);
            into[i] = words.Of(evidence, hits, item.Index);
        }

        return Count;
    }

    /// <summary>Room on the stack for one question's evidence, for <see cref="Fill"/>.</summary>
    [InlineArray(Capacity)]
    public struct Written
    {
        private Evidence _first;
    }

    [InlineArray(Capacity)]
    private struct Slots
    {
        private PendingEvidence _first;
    }
}
