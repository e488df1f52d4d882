namespace EvalHarness.Reports.Html;

/// <summary>
/// How large a page may grow. A million-scenario run must give a page of at most 5 MB that a browser opens at once, so a
/// page lists every disagreement (or change) with its details while they fit, the rest of them briefly (id, panel,
/// prediction), and a fixed-size random sample of the other scenarios; it says what it left out.
/// </summary>
public static class PageLimits
{
    /// <summary>The most a page may weigh, in bytes.</summary>
    public const long MaxPageBytes = 5_000_000;

    /// <summary>Bytes for disagreements (or changes) shown with their details; later ones are listed briefly.</summary>
    public const long DetailBytes = 2_000_000;

    /// <summary>How many of the other scenarios (right, or unchanged) are drawn at random for the page.</summary>
    public const int SampleSize = 1_000;

    /// <summary>Bytes for the sample's details; beyond them, sampled scenarios are listed briefly.</summary>
    public const long SampleBytes = 700_000;

    /// <summary>
    /// Bytes for brief rows (about 31 for a generated id): room for some 70,000, so a 1M run's 65,000 disagreements are all
    /// listed. Disagreements beyond them are only counted, and the page points to the CSV files.
    /// </summary>
    public const long BriefBytes = 2_300_000;

    /// <summary>Room kept for the page's markup, style sheet, script and closing data, which are not rows.</summary>
    public const long ShellBytes = 150_000;

    /// <summary>What a brief row of this id weighs in the page.</summary>
    public static long BriefRowBytes(string id) => 20 + (id?.Length ?? 0);

    /// <summary>
    /// The largest labels.csv whose rationales <c>eval</c> keeps for the page (about 100,000 labels). Keeping a string for
    /// each of a million scenarios' labels would cost a large run more than the page is worth; such pages show labels only.
    /// </summary>
    public const long RationalesUpToLabelsBytes = 16_000_000;

    /// <summary>
    /// How much JSON a page's writer holds before it writes it to the file. A <see cref="System.Text.Json.Utf8JsonWriter"/>
    /// over a stream keeps everything until flushed: unflushed, a 1M run's page grew its buffer by doubling to 8 MB.
    /// </summary>
    internal const int FlushBytes = 1 << 16;

    /// <summary>The seed of the sample, so the same run gives the same page.</summary>
    public const ulong SampleSeed = 0x9E3779B97F4A7C15;
}
