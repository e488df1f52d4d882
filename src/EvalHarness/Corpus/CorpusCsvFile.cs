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

    private const string SaveAsUtf8 = "save the file as 'CSV UTF-8'";

    private readonly CorpusProblemList _problems;
    private CsvReader? _reader;
    private int[] _fields = [];
    private int _headerCount;
    private long _malformedLine = -1;
    private bool _unclosedQuote;

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
            problems.Add(fileName, 0, "file not found", $"a corpus folder holds {CorpusFiles.Scenarios} and {CorpusFiles.Labels}");
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
            _problems.Add(FileName, 0, "no records after the header", "add at least one record below the header row");
        Close();
        return false;
    }

    /// <summary>Whether the header has the column.</summary>
    public bool Has(int column) => _fields[column] >= 0;

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
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = OnMalformed,
        };
        _reader = CsvReader.FromFile(path, options);
        var header = _reader.Headers;
        if (_unclosedQuote)
        {
            Close();
            return;
        }

        if (header.Count == 0)
        {
            _problems.Add(FileName, 0, "file is empty", $"start it with the header row: {string.Join(",", columns.Select(c => c.Name))}");
            Close();
            return;
        }

        foreach (var name in header)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                _problems.Add(FileName, 0, "file is not UTF-8 text (it has NUL bytes or invalid UTF-8 in the header)", SaveAsUtf8);
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
            _problems.Add(FileName, line, "unclosed quote: the quoted field that starts on this line runs to the end of the file",
                "close the quote; write a quote inside a quoted field as \"\"");

            // Closed by the caller of Read: disposing the reader inside its own callback is not safe.
            _unclosedQuote = true;
        }
        else
        {
            _problems.Add(FileName, line, "text after the closing quote of a field",
                "write a quote inside a quoted field as \"\", as in \"say \"\"hi\"\"\"");
        }
    }

    private bool IsBlankLine() =>
        _reader!.FieldCount == 1 && _headerCount > 1 && _reader.RawRecord.Trim(" \t"u8).IsEmpty;

    private bool IsSound()
    {
        var raw = _reader!.RawRecord;
        if (raw.Contains((byte)0))
        {
            _problems.Add(FileName, Line, "the record has NUL bytes; the file looks binary and was not read further", SaveAsUtf8);
            Close();
            return false;
        }

        if (!Utf8.IsValid(raw))
        {
            _problems.Add(FileName, Line, "the record has bytes that are not UTF-8 text", SaveAsUtf8);
            return false;
        }

        var count = _reader.FieldCount;
        if (count == _headerCount)
            return true;
        var hint = count > _headerCount
            ? "put text that contains a comma in quotes: \"like, this\""
            : "every record needs a field for each header column, even an empty one";
        _problems.Add(FileName, Line, $"the record has {count} fields but the header has {_headerCount}", hint);
        return false;
    }

    private void Stop(Exception e)
    {
        if (e is CsvFormatException format && format.Message.Contains("MaxRecordSize", StringComparison.Ordinal))
        {
            _problems.Add(FileName, checked((int)format.LineNumber), "the record is larger than 1 MiB; the file was not read further",
                "a scenario text has at most 4,000 characters; look for a quote that is never closed");
        }
        else
        {
            _problems.Add(FileName, 0, $"the file could not be read: {e.Message}");
        }

        Close();
    }

    private void Close()
    {
        _reader?.Dispose();
        _reader = null;
    }
}
