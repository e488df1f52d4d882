namespace EvalHarness.Corpus;

/// <summary>The rules for ids, annotators and tags: lowercase letters, digits, '-', '_' and '.', 1 to 80 characters, starting with a letter or digit.</summary>
public static class SlugRules
{
    /// <summary>The longest slug allowed.</summary>
    public const int MaxLength = 80;

    /// <summary>How to write a slug, for problem hints.</summary>
    public const string Hint = "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit, such as 'legal-style'";

    /// <summary>Whether the text is a slug.</summary>
    public static bool IsSlug(ReadOnlySpan<char> text) => Check(text) is null;

    /// <summary>Whether UTF-8 text is a slug; read as bytes, since every slug is ASCII (the loaders' hot path).</summary>
    public static bool IsSlug(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty || utf8.Length > MaxLength || !IsLetterOrDigit((char)utf8[0]))
            return false;
        foreach (var b in utf8)
        {
            if (!IsSlugChar((char)b))
                return false;
        }

        return true;
    }

    /// <summary>Why the text is not a slug (<c>it is empty</c>, <c>it has the character ' '</c>), or <c>null</c> when it is one.</summary>
    /// <remarks>Checks ASCII ranges only, so the result never depends on the machine's culture.</remarks>
    public static string? Check(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return "it is empty";
        if (text.Length > MaxLength)
            return $"it is longer than {MaxLength} characters";
        foreach (var c in text)
        {
            if (IsSlugChar(c))
                continue;
            return c is >= 'A' and <= 'Z' ? $"it has the upper-case letter '{c}'" : $"it has the character '{c}'";
        }

        // Checked after the characters, so 'Legal' is told about its upper-case letter, the likelier fix.
        return IsLetterOrDigit(text[0]) ? null : "it must start with a lowercase letter or digit";
    }

    private static bool IsSlugChar(char c) => IsLetterOrDigit(c) || c is '-' or '_' or '.';

    private static bool IsLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
}
