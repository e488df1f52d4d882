using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace EvalHarness.Reports;

/// <summary>
/// Formats CSV records as UTF-8 into a buffer of its own, in the very bytes a CsvHelper writer made with
/// <see cref="ReportCsv.RowOptions"/> gives: cells separated by ',', a cell holding a quote, comma, CR or LF quoted with
/// its quotes doubled, every other cell (an empty one included) as it is, and CRLF after each record. For results.csv,
/// whose million rows of 19 cells cost CsvHelper a call, a quoting check and a copy per cell; every other report keeps
/// CsvHelper. Tests hold the two writers' bytes equal on random cells.
/// </summary>
/// <remarks>Not thread-safe: one writer per part of a file (see <see cref="ParallelCsvFile.Rows"/>).</remarks>
internal sealed class CsvRowWriter
{
    private static readonly SearchValues<byte> NeedsQuotes = SearchValues.Create("\",\r\n"u8);
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private int _recordStart;

    /// <summary>The records written since the last <see cref="Clear"/>, each ended by CRLF.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _recordStart);

    /// <summary>Forgets the records written, keeping the buffer.</summary>
    public void Clear() => _length = _recordStart = 0;

    /// <summary>Writes a cell given as UTF-8, quoted when it needs to be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public void Cell(scoped ReadOnlySpan<byte> utf8)
    {
        // Room for the cell with every byte a quote doubled, its two quotes and the separator after it: no check per byte.
        Reserve(2 * utf8.Length + 3);
        if (utf8.IndexOfAny(NeedsQuotes) < 0)
        {
            utf8.CopyTo(_buffer.AsSpan(_length));
            _length += utf8.Length;
        }
        else
        {
            WriteQuoted(utf8);
        }

        // Every cell is followed by a separator; the record's end turns the last one into its line end.
        _buffer[_length++] = (byte)',';
    }

    /// <summary>Writes a cell given as UTF-16, encoded as <see cref="Encoding.UTF8"/> does (a lone surrogate as U+FFFD), quoted when it needs to be.</summary>
    public void Cell(scoped ReadOnlySpan<char> text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        Reserve(2 * most + 3);
        var encoded = _buffer.AsSpan(_length, Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length, most)));
        if (encoded.IndexOfAny(NeedsQuotes) < 0)
            _length += encoded.Length;
        else
            WriteQuoted(encoded.ToArray()); // rare: an id or an error message with a comma or a quote
        _buffer[_length++] = (byte)',';
    }

    /// <summary>Writes a cell given as UTF-16 between quotes whatever it holds, as CsvHelper's <c>CsvQuoting.Always</c> does.</summary>
    public void QuotedCell(scoped ReadOnlySpan<char> text)
    {
        var encoded = Encoding.UTF8.GetBytes(text.ToString());
        Reserve(2 * encoded.Length + 3);
        WriteQuoted(encoded);
        _buffer[_length++] = (byte)',';
    }

    /// <summary>Ends the record.</summary>
    public void EndRecord()
    {
        Reserve(2);
        // The separator after the last cell becomes CR; a record without cells is a line end alone.
        if (_length > _recordStart)
            _length--;
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
        _recordStart = _length;
    }

    private void WriteQuoted(scoped ReadOnlySpan<byte> utf8)
    {
        _buffer[_length++] = (byte)'"';
        int quote;
        while ((quote = utf8.IndexOf((byte)'"')) >= 0)
        {
            utf8[..(quote + 1)].CopyTo(_buffer.AsSpan(_length));
            _length += quote + 1;
            _buffer[_length++] = (byte)'"';
            utf8 = utf8[(quote + 1)..];
        }

        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
        _buffer[_length++] = (byte)'"';
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(2 * _buffer.Length, _length + bytes));
    }
}
