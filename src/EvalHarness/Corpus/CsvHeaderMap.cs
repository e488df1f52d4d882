namespace EvalHarness.Corpus;

/// <summary>Matches a header row to the columns a file may have, ignoring case and surrounding spaces, and reports what does not match.</summary>
internal static class CsvHeaderMap
{
    /// <summary>The field index of each column (same order as <paramref name="columns"/>), -1 for an absent optional column.</summary>
    /// <returns><c>null</c> when a required column is missing, so the records cannot be read; every header problem is reported either way.</returns>
    public static int[]? Resolve(IReadOnlyList<CsvColumn> columns, IReadOnlyList<string> header, string file, int line, CorpusProblemList problems, char separator = ',', bool unnamedColumnsAreProblems = true)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(problems);
        if (header.Count == 1 && header[0].Contains('\t', StringComparison.Ordinal))
        {
            // Excel's "Unicode Text" is tab-separated: one problem says so, instead of a wall of unknown columns.
            problems.Add(file, line, "the header is separated by tabs, not by commas or ';'",
                "save the file as 'CSV UTF-8 (Comma delimited)', or choose ',' as the field delimiter when saving");
            return null;
        }

        var indexes = new int[columns.Count];
        Array.Fill(indexes, -1);
        var unnamed = new List<int>();

        for (var field = 0; field < header.Count; field++)
        {
            var name = header[field].Trim();
            if (name.Length == 0)
            {
                unnamed.Add(field + 1);
                continue;
            }

            var column = IndexOf(columns, name);
            if (column < 0)
                problems.Add(file, line, $"unknown column {ProblemText.Quote(name)}", UnknownColumnHint(columns, name));
            else if (indexes[column] >= 0)
                problems.Add(file, line, $"column '{columns[column].Name}' appears twice (columns {indexes[column] + 1} and {field + 1})", "remove one of them");
            else
                indexes[column] = field;
        }

        // One problem for all of them: a spreadsheet that added empty columns added them to every row.
        if (unnamed.Count == 0 || !unnamedColumnsAreProblems)
        {
            // Nothing to report; the formatter drops such columns when they are empty.
        }
        else if (unnamed.Count == 1)
            problems.Add(file, line, $"column {unnamed[0]} has no name", $"name it or remove the extra '{separator}' from the header row");
        else if (unnamed.Count > 1)
            problems.Add(file, line, $"columns {ProblemText.List(unnamed)} have no name", $"name them or remove the extra '{separator}' from the header row");

        var complete = true;
        for (var column = 0; column < columns.Count; column++)
        {
            if (columns[column].Required && indexes[column] < 0)
            {
                problems.Add(file, line, $"missing required column '{columns[column].Name}'");
                complete = false;
            }
        }

        return complete ? indexes : null;
    }

    private static int IndexOf(IReadOnlyList<CsvColumn> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
                return i;
        }

        return -1;
    }

    private static string UnknownColumnHint(IReadOnlyList<CsvColumn> columns, string name)
    {
        var names = columns.Select(c => c.Name).ToArray();
        var nearest = EditDistance.Nearest(name, names);
        return nearest is null
            ? $"the columns are {string.Join(", ", names)}"
            : $"did you mean '{nearest}'?";
    }
}
