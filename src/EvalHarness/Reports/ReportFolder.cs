namespace EvalHarness.Reports;

/// <summary>Replaces a folder of reports all at once: files are written to a temporary sibling, then swapped into place.</summary>
/// <remarks>A run that fails while writing leaves the previous reports as they were and no half-written files.</remarks>
public static class ReportFolder
{
    /// <summary>Whether a folder may be replaced: it does not exist, or holds only files named like reports (<c>.csv</c>, <c>.md</c>, <c>.xml</c>, <c>.log</c>, <c>.html</c>, and <c>.png</c> screenshots).</summary>
    /// <remarks>Guards against <c>--out .</c> deleting a folder of other work.</remarks>
    public static bool CanReplace(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
            return !File.Exists(directory);
        if (Directory.EnumerateDirectories(directory).Any())
            return false;
        return Directory.EnumerateFiles(directory).All(f => Path.GetExtension(f) is ".csv" or ".md" or ".xml" or ".log" or ".html" or ".png");
    }

    /// <summary>Writes a new folder with <paramref name="writeInto"/> (given the temporary folder's path) and swaps it in.</summary>
    /// <exception cref="InvalidOperationException">The folder holds files that are not reports.</exception>
    public static void Replace(string directory, Action<string> writeInto)
    {
        ArgumentNullException.ThrowIfNull(writeInto);
        TryReplace(directory, folder =>
        {
            writeInto(folder);
            return true;
        });
    }

    /// <summary>Like <see cref="Replace"/>, but <paramref name="writeInto"/> may return <c>false</c> to drop what it wrote and keep the folder as it was.</summary>
    /// <returns>Whether the folder was replaced.</returns>
    public static bool TryReplace(string directory, Func<string, bool> writeInto)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(writeInto);
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (!CanReplace(target))
            throw new InvalidOperationException($"refusing to replace '{directory}': it holds files that are not reports");
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var unique = Guid.NewGuid().ToString("N")[..12];
        var temporary = Path.Combine(parent, $".{name}.tmp-{unique}");
        var previous = Path.Combine(parent, $".{name}.old-{unique}");
        Directory.CreateDirectory(temporary);
        bool commit;
        try
        {
            commit = writeInto(temporary);
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
        if (!commit)
        {
            Directory.Delete(temporary, recursive: true);
            return false;
        }
        if (Directory.Exists(target))
            Directory.Move(target, previous);
        Directory.Move(temporary, target);
        if (Directory.Exists(previous))
            Directory.Delete(previous, recursive: true);
        return true;
    }
}
