using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>One situation a learner might be in, as written by a curriculum author; immutable.</summary>
/// <param name="Id">The unique slug that names the scenario in labels, reports and snapshots.</param>
/// <param name="Text">The situation in plain words; the only input the advisor reads besides the facts below.</param>
public sealed record Scenario(string Id, string Text)
{
    // A scenario read from a file keeps its text as the file's UTF-8 and makes the string only when asked: a large
    // eval advises and reports from the bytes, and decoding a million texts was a third of what a run allocated.
    private string? _text = Text;
    private readonly byte[]? _utf8;

    /// <summary>Makes a scenario whose text is valid UTF-8, as the loaders check it; the array must not change afterwards.</summary>
    internal Scenario(string id, byte[] utf8Text)
        : this(id, (string)null!)
    {
        _utf8 = utf8Text;
    }

    /// <summary>The situation in plain words; the only input the advisor reads besides the facts below.</summary>
    public string Text
    {
        // A scenario made in code with a null text keeps returning null, as it did before texts could be held as UTF-8.
        get => _text ?? (_utf8 is null ? _text! : _text = Encoding.UTF8.GetString(_utf8));
        init
        {
            _text = value;
            _utf8 = null;
        }
    }

    /// <summary>The text as UTF-8 when the scenario was read from a file; empty when it was made from a string.</summary>
    internal ReadOnlySpan<byte> Utf8Text => _utf8;

    /// <summary>
    /// Asks the processor to load the scenario's first two cache lines (the fields advice reads), without reading
    /// it: the reading thread made it on the other core, and advice that starts on a scenario not in its cache waits
    /// for it. A hint only; nothing happens where the processor has no prefetch instruction.
    /// </summary>
    internal static unsafe void Prefetch(Scenario scenario)
    {
        if (!Sse.IsSupported)
            return;
        // The reference's own value is the object's address; taking a field's address would load the object first.
        var start = (byte*)Unsafe.As<Scenario, nint>(ref scenario);
        Sse.Prefetch0(start);
        Sse.Prefetch0(start + 64);
    }

    /// <summary>
    /// Asks the processor to load the first 256 bytes of the UTF-8 text (its length included), so the fold's first
    /// reads find them; the rest follows in the hardware's own stride. Reads the scenario, so call it once
    /// <see cref="Prefetch"/> has had time to bring it in.
    /// </summary>
    internal unsafe void PrefetchText()
    {
        var utf8 = _utf8;
        if (!Sse.IsSupported || utf8 is null)
            return;
        // Not utf8.Length: the array's length is in the line still on its way.
        var start = (byte*)Unsafe.As<byte[], nint>(ref utf8);
        Sse.Prefetch0(start);
        Sse.Prefetch0(start + 64);
        Sse.Prefetch0(start + 128);
        Sse.Prefetch0(start + 192);
    }

    /// <summary>Whether the text is held as UTF-8 (see <see cref="Utf8Text"/>) rather than only as a string.</summary>
    internal bool HasUtf8Text => _utf8 is not null;

    /// <summary>Requests per day, when the author knows it; <c>null</c> means unknown.</summary>
    public long? DailyRequests { get; init; }

    /// <summary>Input tokens per request, excluding the system prompt; <c>null</c> means unknown.</summary>
    public long? TokensPerRequest { get; init; }

    /// <summary>Labelled examples available for fine-tuning; <c>null</c> means unknown.</summary>
    public long? TrainingExamples { get; init; }

    /// <summary>Slugs that group scenarios, such as <c>seed-quiz</c>; never read by the advisor.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the scenario comes from; free text, never read by the advisor.</summary>
    public string? Source { get; init; }

    /// <summary>Notes for other authors; free text, never read by the advisor.</summary>
    public string? Notes { get; init; }

    /// <summary>The line of scenarios.csv the record starts on, or 0 when the scenario did not come from a file.</summary>
    public int Line { get; init; }

    /// <summary>Whether both scenarios have the same id, text, facts, tag list, source, notes and line, however the text is held.</summary>
    public bool Equals(Scenario? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && TextEquals(other) && DailyRequests == other.DailyRequests && TokensPerRequest == other.TokensPerRequest
                && TrainingExamples == other.TrainingExamples && Equals(Tags, other.Tags) && Source == other.Source
                && Notes == other.Notes && Line == other.Line));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text, DailyRequests, TokensPerRequest, TrainingExamples, Tags, Source, HashCode.Combine(Notes, Line));

    private bool TextEquals(Scenario other) =>
        HasUtf8Text && other.HasUtf8Text ? Utf8Text.SequenceEqual(other.Utf8Text) : Text == other.Text;
}
