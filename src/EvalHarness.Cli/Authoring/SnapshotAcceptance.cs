using System.Text;
using System.Text.Json;
using EvalHarness.Corpus;

namespace EvalHarness.Cli.Authoring;

/// <summary>
/// Brings the repository's snapshots in line with its corpus and advisor: every scenario's advice snapshot and the report
/// snapshots written as the tests now expect them, snapshots of scenarios that are gone removed, and any other snapshot
/// the tests left in a <c>__mismatch__</c> folder moved over its original. Planned first, so what will change can be
/// shown before anything is written.
/// </summary>
internal sealed class SnapshotAcceptance
{
    private readonly string _root;
    private readonly List<(string Path, byte[] Bytes)> _writes = [];
    private readonly List<string> _removals = [];
    private readonly List<(string From, string To)> _moves = [];

    private SnapshotAcceptance(string root) => _root = root;

    /// <summary>Scenarios whose advice snapshot is new.</summary>
    public List<string> NewAdvice { get; } = [];

    /// <summary>Scenarios whose advice changed, each with what changed in a few words.</summary>
    public List<(string Id, string Change)> ChangedAdvice { get; } = [];

    /// <summary>Advice snapshots of scenarios no longer in the corpus.</summary>
    public List<string> RemovedAdvice { get; } = [];

    /// <summary>Report snapshots whose text changed.</summary>
    public List<string> ChangedReports { get; } = [];

    /// <summary>Other snapshots the tests wrote into a <c>__mismatch__</c> folder, relative to the repository root.</summary>
    public List<string> OtherMismatches { get; } = [];

    /// <summary>Whether anything is to be written, moved or removed.</summary>
    public bool Changes => _writes.Count + _removals.Count + _moves.Count > 0;

    /// <summary>Plans the snapshots of a loaded corpus in a repository.</summary>
    public static SnapshotAcceptance Plan(RepositoryLayout repository, ScenarioCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(corpus);
        var plan = new SnapshotAcceptance(repository.Root);
        var advice = plan.Snapshots(CorpusSnapshots.AdviceTests);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in corpus.Scenarios)
        {
            ids.Add(scenario.Id);
            var path = Path.Combine(advice, scenario.Id + ".snap");
            var text = CorpusSnapshots.Advice(scenario);
            switch (plan.Write(path, text))
            {
                case null:
                    break;
                case "":
                    plan.NewAdvice.Add(scenario.Id);
                    break;
                case var before:
                    plan.ChangedAdvice.Add((scenario.Id, AdviceChange(before, text)));
                    break;
            }
        }

        if (Directory.Exists(advice))
        {
            foreach (var file in Directory.EnumerateFiles(advice, "*.snap").Order(StringComparer.Ordinal))
            {
                if (ids.Contains(Path.GetFileNameWithoutExtension(file)))
                    continue;
                plan.RemovedAdvice.Add(Path.GetFileNameWithoutExtension(file));
                plan._removals.Add(file);
            }
        }

        var reports = plan.Snapshots(CorpusSnapshots.ReportTests);
        foreach (var (file, text) in CorpusSnapshots.Reports(corpus, repository.Corpus))
        {
            if (plan.Write(Path.Combine(reports, file + ".snap"), text) is not null)
                plan.ChangedReports.Add(file);
        }

        plan.PlanOtherMismatches([advice, reports]);
        return plan;
    }

    /// <summary>Writes, moves and removes what was planned, and deletes the <c>__mismatch__</c> folders the tests left.</summary>
    public void Apply()
    {
        foreach (var (path, bytes) in _writes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        foreach (var (from, to) in _moves)
            File.Move(from, to, overwrite: true);
        foreach (var path in _removals)
            File.Delete(path);
        foreach (var mismatch in MismatchFolders())
            Directory.Delete(mismatch, recursive: true);
    }

    private string Snapshots(string testFolder) => Path.Combine(_root, testFolder, CorpusSnapshots.SnapshotFolder);

    /// <summary>Plans writing a snapshot: <c>null</c> when it is already so, empty when it is new, else the text it had.</summary>
    private string? Write(string path, string text)
    {
        var bytes = CorpusSnapshots.FileBytes(text);
        if (!File.Exists(path))
        {
            _writes.Add((path, bytes));
            return "";
        }

        var current = File.ReadAllBytes(path);
        if (current.AsSpan().SequenceEqual(bytes))
            return null;
        _writes.Add((path, bytes));
        return Encoding.UTF8.GetString(current.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? current.AsSpan(3) : current);
    }

    private void PlanOtherMismatches(string[] written)
    {
        foreach (var mismatch in MismatchFolders())
        {
            var snapshots = Path.GetDirectoryName(mismatch)!;
            if (written.Contains(snapshots, StringComparer.Ordinal))
                continue; // written above from the corpus as it is now, which a leftover mismatch may not be
            foreach (var file in Directory.EnumerateFiles(mismatch, "*.snap").Order(StringComparer.Ordinal))
            {
                OtherMismatches.Add(Path.GetRelativePath(_root, Path.Combine(snapshots, Path.GetFileName(file))).Replace('\\', '/'));
                _moves.Add((file, Path.Combine(snapshots, Path.GetFileName(file))));
            }
        }
    }

    private IEnumerable<string> MismatchFolders()
    {
        var tests = Path.Combine(_root, "tests");
        if (!Directory.Exists(tests))
            return [];
        return Directory.EnumerateDirectories(tests, CorpusSnapshots.MismatchFolder, SearchOption.AllDirectories)
            .Where(folder => Path.GetFileName(Path.GetDirectoryName(folder)) == CorpusSnapshots.SnapshotFolder)
            .Where(folder => !folder.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !folder.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>What changed in a scenario's advice, in a few words: the approach when it changed, and which parts of the advice did.</summary>
    private static string AdviceChange(string before, string after)
    {
        var (was, now) = (Parts(before), Parts(after));
        var parts = now.Keys.Union(was.Keys).Where(key => key != "approach" && was.GetValueOrDefault(key) != now.GetValueOrDefault(key)).ToArray();
        var what = parts.Length == 0 ? "" : string.Join(", ", parts) + " changed";
        return was.GetValueOrDefault("approach") is { } a && now.GetValueOrDefault("approach") is { } b && a != b
            ? $"approach {a.Trim('"')} -> {b.Trim('"')}" + (what.Length == 0 ? "" : $"; {what}")
            : (what.Length == 0 ? "written differently" : what) + ", approach kept";
    }

    /// <summary>Each top-level part of an advice snapshot, as JSON text; none when it is not JSON.</summary>
    private static Dictionary<string, string> Parts(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
