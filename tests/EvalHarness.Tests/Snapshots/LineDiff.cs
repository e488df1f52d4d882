using System.Text;

namespace EvalHarness.Tests.Snapshots;

/// <summary>A short line diff for snapshot failures: the changed lines with a line of context, <c>-</c> before and <c>+</c> after.</summary>
internal static class LineDiff
{
    /// <summary>The diff of two texts, at most <paramref name="maxLines"/> lines long.</summary>
    public static string Of(string before, string after, int maxLines = 40)
    {
        // A final line break is how the file was saved, not a change worth showing.
        var a = before.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var b = after.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
                lines.Add(('-', a[x++])); // removals before additions, as diff tools show them
            else
                lines.Add(('+', b[y++]));
            if (lines.Count > 100_000)
                break;
        }

        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < maxLines; i++)
        {
            var near = lines.Skip(Math.Max(0, i - 1)).Take(3).Any(l => l.Mark != ' ');
            if (!near)
                continue;
            text.Append(lines[i].Mark).Append(' ').Append(lines[i].Text).Append('\n');
            shown++;
        }
        return text.ToString().TrimEnd('\n');
    }
}
