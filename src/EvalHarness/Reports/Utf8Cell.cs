namespace EvalHarness.Reports;

/// <summary>A cell assembled from UTF-8 pieces in a caller's buffer, moving to a larger array only when a piece does not fit.</summary>
internal ref struct Utf8Cell
{
    private Span<byte> _buffer;

    /// <summary>Starts an empty cell in <paramref name="buffer"/>.</summary>
    public Utf8Cell(Span<byte> buffer) => _buffer = buffer;

    /// <summary>How many bytes the cell holds.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[..Length];

    /// <summary>Appends a piece.</summary>
    public void Append(scoped ReadOnlySpan<byte> piece)
    {
        if (Length + piece.Length > _buffer.Length)
        {
            var larger = new byte[Math.Max(_buffer.Length * 2, Length + piece.Length)];
            _buffer[..Length].CopyTo(larger);
            _buffer = larger;
        }

        piece.CopyTo(_buffer[Length..]);
        Length += piece.Length;
    }
}
