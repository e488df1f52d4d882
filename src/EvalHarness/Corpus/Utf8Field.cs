using System.Text;

namespace EvalHarness.Corpus;

/// <summary>Field values read as UTF-8 bytes, without making strings: the loader's hot path for ids, annotators and labels.</summary>
internal static class Utf8Field
{
    /// <summary>The value without leading and trailing white space, trimmed as <see cref="string.Trim()"/> trims it.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> value)
    {
        // Most values start and end with a visible ASCII character: one comparison each.
        while (!value.IsEmpty && value[0] is <= 0x20 or >= 0x7F && Rune.DecodeFromUtf8(value, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            value = value[length..];
        while (!value.IsEmpty && value[^1] is <= 0x20 or >= 0x7F && Rune.DecodeLastFromUtf8(value, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            value = value[..^length];
        return value;
    }
}
