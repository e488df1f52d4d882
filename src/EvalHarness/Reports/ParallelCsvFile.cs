using CsvHelper;

namespace EvalHarness.Reports;

/// <summary>
/// A report file whose rows are formatted on every core, a batch at a time, and appended in order: the same bytes as
/// one writer formatting row after row, since each CSV record depends only on its own fields.
/// </summary>
internal sealed class ParallelCsvFile : IDisposable
{
    /// <summary>Below this many items a batch is formatted on one core: starting the others would cost more.</summary>
    private const int MinItemsPerPart = 128;

    private readonly FileStream _file;
    private readonly MemoryStream[] _buffers;
    private readonly CsvWriter[] _writers;
    private readonly CsvRowWriter?[] _rows;

    /// <summary>
    /// Creates the file, overwriting it, and writes the header when there is one, after a byte-order mark when the
    /// options ask for one; a file without a header is a part of a report, joined to it later, and never gets one.
    /// </summary>
    public ParallelCsvFile(string path, CsvWriterOptions options, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        // Replaced, not truncated in place: on ext4, closing a file that was truncated to zero waits for its blocks to
        // be allocated, which took 0.15 s for a million scenarios' results.
        File.Delete(path);
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1);
        if (header is not null && options.WriteByteOrderMark)
            _file.Write(System.Text.Encoding.UTF8.Preamble);
        // Each part's writer starts in the middle of the file: none writes a byte-order mark of its own.
        options = options with { WriteByteOrderMark = false };
        var parts = Math.Max(1, Environment.ProcessorCount);
        _buffers = new MemoryStream[parts];
        _writers = new CsvWriter[parts];
        _rows = new CsvRowWriter?[parts];
        for (var p = 0; p < parts; p++)
        {
            _buffers[p] = new MemoryStream(64 * 1024);
            _writers[p] = CsvWriter.Create(_buffers[p], options, leaveOpen: true);
        }

        if (header is not null)
        {
            _writers[0].WriteHeader([.. header]);
            _writers[0].Flush();
            Drain(0);
        }
    }

    /// <summary>
    /// Splits a batch of <paramref name="count"/> items into parts, one per core and each of a useful size, and runs
    /// <paramref name="formatPart"/> (part, first item, item after the last) for each at once; returns how many parts.
    /// </summary>
    public static int InParts(int count, Action<int, int, int> formatPart)
    {
        ArgumentNullException.ThrowIfNull(formatPart);
        var parts = Math.Clamp(count / MinItemsPerPart, 1, Math.Max(1, Environment.ProcessorCount));
        if (parts == 1)
            formatPart(0, 0, count);
        else
            Parallel.For(0, parts, p => formatPart(p, (int)((long)count * p / parts), (int)((long)count * (p + 1) / parts)));
        return parts;
    }

    /// <summary>Formats items <paramref name="from"/> to <paramref name="to"/> into part <paramref name="part"/>; parts may be formatted at once on different threads.</summary>
    public void Format<T>(int part, T[] items, int from, int to, Action<CsvWriter, T> format)
    {
        var writer = Part(part);
        for (var i = from; i < to; i++)
            format(writer, items[i]);
    }

    /// <summary>The writer of one part, for a caller that formats several files in one pass.</summary>
    public CsvWriter Part(int part) => _writers[part];

    /// <summary>
    /// The row writer of one part, for a file whose rows are formatted without CsvHelper (results.csv). A part is written
    /// through its <see cref="Part"/> or through this, never both: <see cref="Append"/> takes the CsvWriter's rows after
    /// the ones this has written.
    /// </summary>
    public CsvRowWriter Rows(int part) => _rows[part] ??= new CsvRowWriter();

    /// <summary>Appends the first <paramref name="parts"/> parts to the file, in order, and empties them.</summary>
    public void Append(int parts)
    {
        for (var p = 0; p < parts; p++)
        {
            _writers[p].Flush();
            Drain(p);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        foreach (var writer in _writers)
            writer.Dispose();
        _file.Dispose();
    }

    private void Drain(int part)
    {
        var buffer = _buffers[part];
        _file.Write(buffer.GetBuffer(), 0, checked((int)buffer.Length));
        buffer.SetLength(0);
        if (_rows[part] is { } rows)
        {
            _file.Write(rows.Written);
            rows.Clear();
        }
    }
}
