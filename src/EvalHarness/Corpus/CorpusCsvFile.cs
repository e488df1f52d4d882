using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace EvalHarness.Corpus;

/// <summary>
/// One corpus CSV file read record by record: turns every way a file can be broken (missing, empty, binary,
/// bad quoting, wrong field count, oversized records) into located problems and hands out only sound records.
/// </summary>
internal sealed class CorpusCsvFile : IDisposable
{
    /// <summary>The largest record read, in UTF-8 bytes; far above any scenario, so only broken quoting or binary data reaches it.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private readonly CorpusProblemList _problems;
    private CsvReader? _reader;
    private int[] _fields = [];
    private int _headerCount;
    private long _malformedLine = -1;
    private bool _unclosedQuote;
    private long _length = 1;

    private CorpusCsvFile(string fileName, CorpusProblemList problems)
    {
        FileName = fileName;
        _problems = problems;
    }

    /// <summary>The file name, as problems name it.</summary>
    public string FileName { get; }

    /// <summary>The line the current record starts on (the header is line 1).</summary>
    public int Line { get; private set; }

    /// <summary>How many records were found after the header, sound or not.</summary>
    public int Records { get; private set; }

    /// <summary>Whether every record of the file was seen, so facts gathered over all records (ids) are complete.</summary>
    public bool ReadToEnd { get; private set; }

    /// <summary>Opens a file of the folder and checks its header; when it cannot be read at all, the reader yields no record.</summary>
    public static CorpusCsvFile Open(string directory, string fileName, IReadOnlyList<CsvColumn> columns, CorpusProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(problems);
        var file = new CorpusCsvFile(fileName, problems);
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            CsvFileProblems.NotFound(problems, fileName);
            return file;
        }

        try
        {
            file.OpenHeader(path, columns);
        }
        catch (Exception e) when (e is CsvFormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            file.Stop(e);
        }

        return file;
    }

    /// <summary>Advances to the next sound record, reporting and skipping broken ones; <c>false</c> at the end or when reading had to stop.</summary>
    public bool MoveNext()
    {
        if (_reader is null)
            return false;
        try
        {
            while (_reader.Read())
            {
                Line = checked((int)_reader.LineNumber);
                if (IsBlankLine())
                    continue;
                Records++;
                if (_malformedLine == Line)
                {
                    if (!_unclosedQuote)
                        continue;
                    Close();
                    return false;
                }

                if (IsSound())
                    return true;
                if (_reader is null)
                    return false;
            }
        }
        catch (Exception e) when (e is CsvFormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            Stop(e);
            return false;
        }

        ReadToEnd = true;
        if (Records == 0)
            CsvFileProblems.NoRecords(_problems, FileName);
        Close();
        return false;
    }

    /// <summary>How far through the file the reader is, from 0 to 1, for progress reports.</summary>
    public double Progress => _reader is null ? 1 : Math.Min(1, (double)_reader.ByteOffset / _length);

    /// <summary>The UTF-8 value of a column of the current record; empty when the header lacks the column.</summary>
    public ReadOnlySpan<byte> Span(int column) => _fields[column] < 0 ? default : _reader!.GetSpan(_fields[column]);

    /// <summary>The value of a column of the current record; empty when the header lacks the column.</summary>
    public string Text(int column) => _fields[column] < 0 ? "" : _reader!.GetString(_fields[column]);

    /// <summary>Releases the file.</summary>
    public void Dispose() => Close();

    private void OpenHeader(string path, IReadOnlyList<CsvColumn> columns)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            // Annotators, tags and sources repeat across a large file; pooled, each distinct value is one string.
            PoolStrings = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = OnMalformed,
        };
        _length = Math.Max(1, new FileInfo(path).Length);
        _reader = CsvReader.FromFile(path, options);
        var header = _reader.Headers;
        if (_unclosedQuote)
        {
            Close();
            return;
        }

        if (header.Count == 0)
        {
            CsvFileProblems.Empty(_problems, FileName, columns);
            Close();
            return;
        }

        foreach (var name in header)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                CsvFileProblems.NotText(_problems, FileName);
                Close();
                return;
            }
        }

        _headerCount = header.Count;
        var fields = CsvHeaderMap.Resolve(columns, header, FileName, 1, _problems);
        if (fields is null)
            Close();
        else
            _fields = fields;
    }

    private void OnMalformed(CsvMalformedRecord record)
    {
        // Stray quotes inside unquoted text ('a 5" screen') are kept as text, as RFC 4180 readers commonly do; nothing is lost.
        if (record.Reason == CsvMalformedReason.StrayQuote)
            return;
        _malformedLine = record.LineNumber;
        var line = checked((int)record.LineNumber);
        if (record.Reason == CsvMalformedReason.UnterminatedQuote)
        {
            CsvFileProblems.UnclosedQuote(_problems, FileName, line);

            // Closed by the caller of Read: disposing the reader inside its own callback is not safe.
            _unclosedQuote = true;
        }
        else
        {
            CsvFileProblems.TextAfterQuote(_problems, FileName, line);
        }
    }

    private bool IsBlankLine() =>
        _reader!.FieldCount == 1 && _headerCount > 1 && _reader.RawRecord.Trim(" \t"u8).IsEmpty;

    private bool IsSound()
    {
        var raw = _reader!.RawRecord;
        // Most records are plain ASCII without NUL, and one vectorised pass tells; the others get the full checks.
        if (raw.IndexOfAnyExceptInRange((byte)1, (byte)127) >= 0 && !IsText(raw))
            return false;

        var count = _reader.FieldCount;
        if (count == _headerCount)
            return true;
        CsvFileProblems.FieldCount(_problems, FileName, Line, count, _headerCount);
        return false;
    }

    /// <summary>Whether a record that is not plain ASCII is still text: no NUL, valid UTF-8, no replacement character.</summary>
    private bool IsText(ReadOnlySpan<byte> raw)
    {
        if (raw.Contains((byte)0))
        {
            CsvFileProblems.Binary(_problems, FileName, Line);
            Close();
            return false;
        }

        // U+FFFD is what a decoder leaves for bytes it could not read (a lone surrogate in UTF-16 input, an earlier bad conversion).
        if (!Utf8.IsValid(raw) || raw.IndexOf("\uFFFD"u8) >= 0)
        {
            CsvFileProblems.NotUtf8(_problems, FileName, Line);
            return false;
        }

        return true;
    }

    private void Stop(Exception e)
    {
        if (e is CsvFormatException format && format.Message.Contains("MaxRecordSize", StringComparison.Ordinal))
        {
            CsvFileProblems.TooLarge(_problems, FileName, checked((int)format.LineNumber));
        }
        else
        {
            CsvFileProblems.Unreadable(_problems, FileName, e);
        }

        Close();
    }

    private void Close()
    {
        _reader?.Dispose();
        _reader = null;
    }
}
