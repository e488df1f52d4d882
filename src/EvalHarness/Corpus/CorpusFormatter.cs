using System.Text;

namespace EvalHarness.Corpus;

/// <summary>
/// Rewrites a corpus folder's two files in the repository's one form, whatever tool saved them: UTF-8 without a
/// byte-order mark, LF line endings (inside cells too), ',' between fields, the full header in the documented order,
/// quotes only around values that need them, no rows of empty cells and no empty columns without a name. No value
/// changes, so a spreadsheet's save that touched two rows shows in git as those two rows.
/// </summary>
/// <remarks>
/// A file that cannot be read record by record (not UTF-8, a broken quote, a row with too many fields, an unknown
/// column) is not rewritten: its problems are returned and both files stay as they were. Problems of the data itself
/// (an unknown label, a duplicate id) are left to <c>validate</c>; formatting does not need them fixed.
/// </remarks>
public static class CorpusFormatter
{
    /// <summary>Formats the folder's files, or with <paramref name="write"/> <c>false</c> only says which would change.</summary>
    public static CorpusFormatResult Format(string directory, bool write = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = CorpusProblemList.ForCorpus();
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, "corpus folder not found", $"give the folder that holds {CorpusFiles.Scenarios} and {CorpusFiles.Labels}");
            return new CorpusFormatResult([], problems.Sorted());
        }

        var files = new[]
        {
            Canonical(directory, CorpusFiles.Scenarios, ScenarioCsvReader.Columns, problems),
            Canonical(directory, CorpusFiles.Labels, LabelCsvReader.Columns, problems),
        };
        try
        {
            // Both files or neither: a corpus half in one form and half in another would be harder to review than either.
            if (problems.Count > 0 || files.Any(f => f is null))
                return new CorpusFormatResult([], problems.Sorted());
            var formatted = files.Select(f => f!.Result).ToArray();
            if (write)
            {
                foreach (var file in files.Where(f => f!.Result.Changed))
                    File.Move(file!.TemporaryPath, Path.Combine(directory, file.Result.File), overwrite: true);
            }

            return new CorpusFormatResult(formatted, []);
        }
        finally
        {
            foreach (var file in files)
            {
                if (file is not null && File.Exists(file.TemporaryPath))
                    File.Delete(file.TemporaryPath);
            }
        }
    }

    /// <summary>Writes a file's canonical form beside it; <c>null</c> when it cannot be read (its problems are in the list).</summary>
    private static CanonicalFile? Canonical(string directory, string fileName, IReadOnlyList<CsvColumn> columns, CorpusProblemList problems)
    {
        var path = Path.Combine(directory, fileName);
        var problemsBefore = problems.Count;
        var temporary = Path.Combine(directory, $".{fileName}.format-{Guid.NewGuid():N}");
        using (var file = CorpusCsvFile.Open(directory, fileName, columns, problems, unnamedColumnsAreProblems: false))
        {
            if (problems.Count > problemsBefore)
                return null;
            var known = file.Header.Select(name => columns.Any(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))).ToArray();
            var header = string.Join(",", columns.Select(c => c.Name));
            using (var output = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" })
            {
                output.WriteLine(header);
                var record = new string[columns.Count];
                while (file.MoveNext())
                {
                    if (!file.IsSound)
                        continue; // its problem is reported
                    if (ValueUnderUnnamedColumn(file, known) is { } field)
                    {
                        problems.Add(fileName, file.Line, $"column {field + 1} has no name, but this row has a value in it",
                            "name the column in the header, or move the value into a column that has a name");
                        continue;
                    }

                    for (var c = 0; c < columns.Count; c++)
                        record[c] = Quoted(file.Text(c).ReplaceLineEndings("\n"));
                    output.WriteLine(string.Join(',', record));
                }
            }

            if (problems.Count > problemsBefore)
            {
                File.Delete(temporary);
                return null;
            }

            var before = File.ReadAllBytes(path);
            var after = File.ReadAllBytes(temporary);
            var changed = !before.AsSpan().SequenceEqual(after);
            return new CanonicalFile(temporary, new FormattedFile(fileName, changed, changed ? Differences(before, file, header) : []));
        }
    }

    private static int? ValueUnderUnnamedColumn(CorpusCsvFile file, bool[] known)
    {
        for (var field = 0; field < file.FieldCount && field < known.Length; field++)
        {
            if (!known[field] && file.TextAt(field).Trim().Length > 0)
                return field;
        }

        return null;
    }

    /// <summary>A value as RFC 4180 needs it: in quotes, with quotes doubled, only when it holds a comma, a quote or a line break.</summary>
    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>What the rewrite changes, for people: the separator, the byte-order mark, line endings, the header, blank rows.</summary>
    private static string[] Differences(byte[] before, CorpusCsvFile file, string header)
    {
        var differences = new List<string>();
        if (file.Separator != ',')
            differences.Add($"'{file.Separator}' between fields becomes ','");
        if (before.AsSpan().StartsWith(Encoding.UTF8.Preamble))
            differences.Add("byte-order mark removed");
        else if (before.AsSpan().StartsWith(Encoding.Unicode.Preamble) || before.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
            differences.Add("UTF-16 becomes UTF-8");
        if (before.AsSpan().Contains((byte)'\r'))
            differences.Add("line endings become LF");
        if (!file.Header.Select(h => h.Trim()).SequenceEqual(header.Split(',')))
            differences.Add("header in the documented order and spelling");
        if (file.BlankRows > 0)
            differences.Add($"{file.BlankRows} {(file.BlankRows == 1 ? "row" : "rows")} of empty cells removed");
        if (differences.Count == 0)
            differences.Add("quotes only where needed");
        return [.. differences];
    }

    private sealed record CanonicalFile(string TemporaryPath, FormattedFile Result);
}
