using System.Globalization;
using System.Text;

namespace EvalHarness.Tests.Snapshots;

/// <summary>
/// A unified diff for snapshot failures, read by a reviewer: hunks of changed lines (<c>-</c> before, <c>+</c> after) with
/// two lines of context each, under a header <c>@@ -line,count +line,count @@</c> that names where the hunk sits in an
/// indented JSON document, such as <c>"question": "is-style-format-or-persona" › "rule": "cue.format.json"</c>.
/// </summary>
internal static class LineDiff
{
    /// <summary>Unchanged lines shown before and after each change; changes closer than twice this share a hunk.</summary>
    public const int Context = 2;

    /// <summary>The diff of two texts, at most <paramref name="maxLines"/> lines of hunks long; empty when they are the same.</summary>
    public static string Of(string before, string after, int maxLines = 40)
    {
        // A final line break is how the file was saved, not a change worth showing.
        var a = before.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var b = after.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var edits = Edits(a, b);

        var text = new StringBuilder();
        var shown = 0;
        foreach (var (first, last) in Hunks(edits))
        {
            if (shown + 1 >= maxLines)
            {
                text.Append("… more changes below; see the whole file\n");
                break;
            }

            text.Append(Header(edits, first, last, a)).Append('\n');
            for (var i = first; i <= last; i++, shown++)
            {
                if (shown == maxLines)
                {
                    text.Append("… more changes below; see the whole file\n");
                    return text.ToString().TrimEnd('\n');
                }

                text.Append(edits[i].Mark).Append(' ').Append(edits[i].Text).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The lines of both texts in order, each marked ' ' (kept), '-' (removed) or '+' (added), with its line in each text.</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
                edits.Add(new Edit(' ', a[x++], x, ++y));
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
                edits.Add(new Edit('-', a[x++], x, y)); // removals before additions, as diff tools show them
            else
                edits.Add(new Edit('+', b[y++], x, y));
        }

        return edits;
    }

    /// <summary>The first and last edit of each hunk: the changes with their context, merged where the context would overlap.</summary>
    private static List<(int First, int Last)> Hunks(List<Edit> edits)
    {
        var hunks = new List<(int First, int Last)>();
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Mark == ' ')
                continue;
            var first = Math.Max(0, i - Context);
            var last = Math.Min(edits.Count - 1, i + Context);
            if (hunks.Count > 0 && first <= hunks[^1].Last + 1)
                hunks[^1] = (hunks[^1].First, last);
            else
                hunks.Add((first, last));
        }

        return hunks;
    }

    private static string Header(List<Edit> edits, int first, int last, string[] before)
    {
        int removed = 0, added = 0;
        for (var i = first; i <= last; i++)
        {
            if (edits[i].Mark != '+')
                removed++;
            if (edits[i].Mark != '-')
                added++;
        }

        // Unified diff numbers lines from 1; a range of no lines starts at the line before it.
        var oldFirst = edits.FindIndex(first, last - first + 1, e => e.Mark != '+');
        var newFirst = edits.FindIndex(first, last - first + 1, e => e.Mark != '-');
        var oldStart = oldFirst >= 0 ? edits[oldFirst].OldLine : edits[first].OldLine;
        var newStart = newFirst >= 0 ? edits[newFirst].NewLine : edits[first].NewLine;
        var header = string.Create(CultureInfo.InvariantCulture, $"@@ -{oldStart},{removed} +{newStart},{added} @@");

        // Named from the text before the change: the lines above the first change, read at that line's indentation.
        var changed = edits[edits.FindIndex(first, e => e.Mark != ' ')];
        var above = changed.Mark == '-' ? changed.OldLine - 1 : changed.OldLine;
        var where = Breadcrumb(before, above, Indent(changed.Text));
        return where.Length == 0 ? header : header + " " + where;
    }

    /// <summary>
    /// Where a line indented by <paramref name="indent"/> just below line <paramref name="above"/> (0-based, exclusive) of an
    /// indented JSON document sits: the first line of each object around it, if that line is a plain <c>"key": value</c>,
    /// outermost first, leaving out the document's own object. Empty for texts that are not indented JSON.
    /// </summary>
    internal static string Breadcrumb(string[] lines, int above, int indent)
    {
        var names = new List<string>();
        for (var i = Math.Min(above, lines.Length) - 1; i >= 0 && indent > 0; i--)
        {
            var line = lines[i];
            var lineIndent = Indent(line);
            if (lineIndent >= indent)
                continue;
            indent = lineIndent;
            if (lineIndent > 0 && line.TrimEnd().EndsWith('{') && i + 1 < lines.Length && IsKeyValue(lines[i + 1]))
                names.Add(lines[i + 1].Trim().TrimEnd(','));
        }

        names.Reverse();
        return string.Join(" › ", names);
    }

    private static bool IsKeyValue(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith('"') && trimmed.Contains("\": ", StringComparison.Ordinal) && !trimmed.EndsWith('{') && !trimmed.EndsWith('[');
    }

    private static int Indent(string line)
    {
        var spaces = 0;
        while (spaces < line.Length && line[spaces] == ' ')
            spaces++;
        return spaces == line.Length ? int.MaxValue : spaces;
    }

    /// <summary>One line of the diff and its 1-based line in each text (for a removal, the new text's line before it, and so on).</summary>
    private readonly record struct Edit(char Mark, string Text, int OldLine, int NewLine);
}
