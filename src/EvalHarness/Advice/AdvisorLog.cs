using System.Text;

namespace EvalHarness.Advice;

/// <summary>
/// advisor.log of a run: what an external advisor said that is not an answer (a program's standard error, lines of
/// standard output that were not JSON, retries of a model), one line each, prefixed with where it came from.
/// </summary>
/// <remarks>
/// Thread-safe. Written to a file of its own while the run goes on and copied into the report folder at the end, so
/// a chatty program costs disk, not memory. Never given a secret: callers log messages, not requests' headers.
/// </remarks>
public sealed class AdvisorLog : IDisposable
{
    private readonly object _gate = new();
    private readonly StreamWriter? _writer;
    private readonly bool _temporary;
    private long _lines;

    /// <summary>Starts a log in a file; <c>null</c> makes a log that keeps nothing.</summary>
    public AdvisorLog(string? path)
        : this(path, temporary: false)
    {
    }

    private AdvisorLog(string? path, bool temporary)
    {
        Path = path;
        _temporary = temporary;
        if (path is not null)
            _writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
    }

    /// <summary>A log that keeps nothing, for advisors asked outside a run (<c>advise</c>, <c>explain</c>).</summary>
    public static AdvisorLog None => new(null);

    /// <summary>A log in a new file of the temp folder, deleted when the log is disposed; <see cref="CopyTo"/> keeps it.</summary>
    public static AdvisorLog InTempFile() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"eval-harness-advisor-{Guid.NewGuid():N}.log"), temporary: true);

    /// <summary>Copies what was logged so far to <paramref name="path"/>.</summary>
    public void CopyTo(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            if (_writer is null)
                File.WriteAllText(path, "");
            else
            {
                _writer.Flush();
                File.Copy(Path!, path, overwrite: true);
            }
        }
    }

    /// <summary>The file the log is written to, if any.</summary>
    public string? Path { get; }

    /// <summary>How many lines were logged.</summary>
    public long Lines => Interlocked.Read(ref _lines);

    /// <summary>Logs one line, such as <c>[worker 1 stderr] loading model</c>; line breaks in it are kept on one line.</summary>
    public void Write(string source, string line)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(line);
        Interlocked.Increment(ref _lines);
        if (_writer is null)
            return;
        var text = $"[{source}] {line.ReplaceLineEndings(" ")}";
        lock (_gate)
            _writer.WriteLine(text);
    }

    /// <summary>Writes what is buffered to the file, so it can be copied.</summary>
    public void Flush()
    {
        lock (_gate)
            _writer?.Flush();
    }

    /// <summary>Closes the file, and deletes it when it was a temporary one.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            if (_temporary && Path is not null)
                File.Delete(Path);
        }
    }
}
