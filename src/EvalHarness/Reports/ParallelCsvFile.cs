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

    /// <summary>Creates the file, overwriting it, and writes the header when there is one.</summary>
    public ParallelCsvFile(string path, CsvWriterOptions options, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        // Replaced, not truncated in place: on ext4, closing a file that was truncated to zero waits for its blocks to
        // be allocated, which took 0.15 s for a million scenarios' results.
        File.Delete(path);
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1);
        var parts = Math.Max(1, Environment.ProcessorCount);
        _buffers = new MemoryStream[parts];
        _writers = new CsvWriter[parts];
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

    /// <summary>Formats the first <paramref name="count"/> items, each into as many records as <paramref name="format"/> writes, and appends them in item order.</summary>
    public void Write<T>(T[] items, int count, Action<CsvWriter, T> format)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, items.Length);
        var parts = PartsFor(count);
        if (parts == 1)
            Format(0, items, 0, count, format);
        else
            Parallel.For(0, parts, p => Format(p, items, PartStart(count, parts, p), PartStart(count, parts, p + 1), format));
        Append(parts);
    }

    /// <summary>How many parts a batch of <paramref name="count"/> items is split into: one per core, each of a useful size.</summary>
    public static int PartsFor(int count) => Math.Clamp(count / MinItemsPerPart, 1, Math.Max(1, Environment.ProcessorCount));

    /// <summary>Where part <paramref name="part"/> of <paramref name="parts"/> starts in a batch of <paramref name="count"/> items.</summary>
    public static int PartStart(int count, int parts, int part) => (int)((long)count * part / parts);

    /// <summary>Formats items <paramref name="from"/> to <paramref name="to"/> into part <paramref name="part"/>; parts may be formatted at once on different threads.</summary>
    public void Format<T>(int part, T[] items, int from, int to, Action<CsvWriter, T> format)
    {
        var writer = Part(part);
        for (var i = from; i < to; i++)
            format(writer, items[i]);
    }

    /// <summary>The writer of one part, for a caller that formats several files in one pass.</summary>
    public CsvWriter Part(int part) => _writers[part];

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
    }
}
