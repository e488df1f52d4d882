namespace EvalHarness.Advice.Exec;

/// <summary>
/// Reads <c>\n</c>-terminated lines of bytes from a stream, never trusting their length: a line longer than
/// <see cref="MaxLine"/> is cut there and the rest of it skipped, so a program that prints without end cannot exhaust memory.
/// </summary>
internal sealed class LineReader(Stream stream)
{
    /// <summary>The longest line kept, in bytes; far beyond any answer.</summary>
    public const int MaxLine = 1 << 20;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next line without its <c>\n</c> (or <c>\r\n</c>); <c>null</c> at the end of the stream.</summary>
    public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken = default)
    {
        var line = new MemoryStream();
        var skipping = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                Append(line, newline - _start, ref skipping);
                _start = newline + 1;
                return Trimmed(line);
            }

            Append(line, _end - _start, ref skipping);
            _start = _end = 0;
            var read = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
                return line.Length > 0 ? Trimmed(line) : null;
            _end = read;
        }
    }

    private void Append(MemoryStream line, int count, ref bool skipping)
    {
        if (skipping)
            return;
        var room = MaxLine - (int)line.Length;
        line.Write(_buffer, _start, Math.Min(count, room));
        skipping = count > room;
    }

    private static byte[] Trimmed(MemoryStream line)
    {
        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }
}
