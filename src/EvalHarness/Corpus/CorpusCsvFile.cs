using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace EvalHarness.Corpus;

/// <summary>
/// One corpus CSV file read record by record: turns every way a file can be broken (missing, empty, binary, not UTF-8,
/// bad quoting, wrong field count, oversized records) into located problems, skips the blank rows spreadsheets leave,
/// and tells sound records from broken ones, whose key a reader may still note so one broken row gives one problem.
/// </summary>
/// <remarks>
/// Fields are separated by commas, or by semicolons when the header row is (Excel's "CSV UTF-8" in German, French and
/// many other locales); the header row decides, so a ';' inside a comma-separated record is text.
/// </remarks>
internal sealed class CorpusCsvFile : IDisposable
{
    /// <summary>The largest record read, in UTF-8 bytes; far above any scenario, so only broken quoting or binary data reaches it.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private readonly CorpusProblemList _problems;
    private CsvReader? _reader;
    private int[] _fields = [];
    private IReadOnlyList<string> _header = [];
    private int _headerCount;
    private int _namedCount;
    private bool _probing;
    private bool _unnamedColumnsAreProblems = true;
    private (CsvMalformedReason Reason, int Line)? _probed;
    private LegacyEncodingFinding? _legacyEncoding;
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

    /// <summary>
    /// Whether the current record was read in full. A broken record has had its problem reported already; its fields
    /// are only good for noting its key (see <see cref="TryKey"/>), so the rows that name it do not fail as well.
    /// </summary>
    public bool IsSound { get; private set; }

    /// <summary>The field separator the header row chose: <c>,</c> or <c>;</c>.</summary>
    public char Separator { get; private set; } = ',';

    /// <summary>The header row as written.</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>How many rows of empty cells were skipped.</summary>
    public int BlankRows { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => _reader?.FieldCount ?? 0;

    /// <summary>Opens a file of the folder and checks its header; when it cannot be read at all, the reader yields no record.</summary>
    /// <param name="directory">The corpus folder.</param>
    /// <param name="fileName">The file's name in it.</param>
    /// <param name="columns">The columns the file may have.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="unnamedColumnsAreProblems">Whether a header column without a name is a problem; <see cref="CorpusFormatter"/> drops empty ones instead.</param>
    public static CorpusCsvFile Open(string directory, string fileName, IReadOnlyList<CsvColumn> columns, CorpusProblemList problems, bool unnamedColumnsAreProblems = true)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(problems);
        var file = new CorpusCsvFile(fileName, problems) { _unnamedColumnsAreProblems = unnamedColumnsAreProblems };
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

    /// <summary>
    /// Advances to the next record that is not blank, sound or broken (see <see cref="IsSound"/>); <c>false</c> at the
    /// end or when reading had to stop.
    /// </summary>
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
                {
                    BlankRows++;
                    continue;
                }
                Records++;
                if (_malformedLine == Line)
                {
                    if (!_unclosedQuote)
                    {
                        IsSound = false;
                        return true;
                    }
                    Close();
                    return false;
                }

                IsSound = IsSoundRecord();
                if (_reader is null)
                    return false;
                return true;
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

    /// <summary>
    /// The trimmed UTF-8 value of a key column (an id) of the current record, sound or broken, when the record has that
    /// field and it is valid UTF-8; a broken record's key lets a reader note the row so others that name it do not fail.
    /// </summary>
    public bool TryKey(int column, out ReadOnlySpan<byte> key)
    {
        key = default;
        var field = _fields[column];
        if (_reader is null || field < 0 || field >= _reader.FieldCount)
            return false;
        key = Utf8Field.Trim(_reader.GetSpan(field));
        return !key.IsEmpty && Utf8.IsValid(key);
    }

    /// <summary>How far through the file the reader is, from 0 to 1, for progress reports.</summary>
    public double Progress => _reader is null ? 1 : Math.Min(1, (double)_reader.ByteOffset / _length);

    /// <summary>The file's size in bytes when it was opened (at least 1).</summary>
    public long Length => _length;

    /// <summary>The UTF-8 value of a column of the current record; empty when the header lacks the column.</summary>
    public ReadOnlySpan<byte> Span(int column) => _fields[column] < 0 ? default : _reader!.GetSpan(_fields[column]);

    /// <summary>The value of a column of the current record; empty when the header lacks the column.</summary>
    public string Text(int column) => _fields[column] < 0 ? "" : _reader!.GetString(_fields[column]);

    /// <summary>The value of the current record's field at a position of the file, whatever column it is under.</summary>
    public string TextAt(int field) => _reader!.GetString(field);

    /// <summary>Releases the file.</summary>
    public void Dispose() => Close();

    private void OpenHeader(string path, IReadOnlyList<CsvColumn> columns)
    {
        _length = Math.Max(1, new FileInfo(path).Length);
        // Read with commas first: a header that is one field holding ';' is a semicolon-separated file, read again so.
        _probing = true;
        _reader = CsvReader.FromFile(path, ReaderOptions(','));
        var header = _reader.Headers;
        _probing = false;
        if (header.Count == 1 && header[0].Contains(';', StringComparison.Ordinal))
        {
            _reader.Dispose();
            Separator = ';';
            _reader = CsvReader.FromFile(path, ReaderOptions(';'));
            header = _reader.Headers;
        }
        else if (_probed is var (reason, line))
        {
            // The separator is ',' after all, so what looked broken while reading the header is.
            Malformed(reason, line);
        }

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

        _header = header;
        _headerCount = header.Count;
        // Columns without a name at the end of the header (a stray ',') are reported once by the header map; records may
        // leave them out instead of failing one by one.
        _namedCount = _headerCount;
        while (_namedCount > 0 && header[_namedCount - 1].Trim().Length == 0)
            _namedCount--;
        var fields = CsvHeaderMap.Resolve(columns, header, FileName, 1, _problems, Separator, _unnamedColumnsAreProblems);
        if (fields is null)
            Close();
        else
            _fields = fields;
    }

    private CsvReaderOptions ReaderOptions(char separator) => CsvReaderOptions.Default with
    {
        Separator = separator,
        TrackLineNumbers = true,
        // Annotators, tags and sources repeat across a large file; pooled, each distinct value is one string.
        PoolStrings = true,
        MaxRecordSize = MaxRecordBytes,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        OnMalformedRecord = OnMalformed,
    };

    private void OnMalformed(CsvMalformedRecord record)
    {
        // Stray quotes inside unquoted text ('a 5" screen') are kept as text, as RFC 4180 readers commonly do; nothing is lost.
        if (record.Reason == CsvMalformedReason.StrayQuote)
            return;
        if (_probing)
        {
            // While the header decides the separator, a quote may look broken only because the separator is not ','.
            _probed = (record.Reason, checked((int)record.LineNumber));
            return;
        }

        Malformed(record.Reason, checked((int)record.LineNumber));
    }

    private void Malformed(CsvMalformedReason reason, int line)
    {
        _malformedLine = line;
        if (reason == CsvMalformedReason.UnterminatedQuote)
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

    /// <summary>Whether every field of the record is empty or white space, such as the <c>,,,,,,</c> rows spreadsheets leave.</summary>
    private bool IsBlankLine()
    {
        var reader = _reader!;
        // Nearly every record starts with its id, and one look tells it is not blank.
        if (!reader.GetSpan(0).Trim(" \t"u8).IsEmpty)
            return false;
        for (var i = 1; i < reader.FieldCount; i++)
        {
            if (!reader.GetSpan(i).Trim(" \t"u8).IsEmpty)
                return false;
        }

        return true;
    }

    private bool IsSoundRecord()
    {
        var raw = _reader!.RawRecord;
        // Most records are plain ASCII without NUL, and one vectorised pass tells; the others get the full checks.
        if (raw.IndexOfAnyExceptInRange((byte)1, (byte)127) >= 0 && !IsText(raw))
            return false;

        var count = _reader.FieldCount;
        if (count == _headerCount || (count >= _namedCount && count < _headerCount))
            return true;
        CsvFileProblems.FieldCount(_problems, FileName, Line, count, _namedCount);
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

        if (!Utf8.IsValid(raw))
        {
            // Usually the whole file is in a legacy encoding: one problem names the first place, and counts the others.
            _legacyEncoding ??= new LegacyEncodingFinding();
            _legacyEncoding.Add(Line, _reader!, _header);
            return false;
        }

        // U+FFFD is what a decoder leaves for bytes it could not read (a lone surrogate in UTF-16 input, an earlier bad conversion).
        if (raw.IndexOf("\uFFFD"u8) >= 0)
        {
            CsvFileProblems.ReplacementCharacter(_problems, FileName, Line);
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
        _legacyEncoding?.Report(_problems, FileName);
        _legacyEncoding = null;
    }
}
