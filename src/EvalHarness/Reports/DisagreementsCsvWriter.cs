using System.Runtime.CompilerServices;
using CsvHelper;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes disagreements.csv, the curriculum authors' work list, as results are produced: one part file per kind, joined in order at the end.</summary>
public sealed class DisagreementsCsvWriter : IDisposable
{
    private static readonly string[] Header = ["scenario_id", "kind", "expected", "predicted", "expert_labels", "text"];
    private static readonly DisagreementKind[] Kinds = Enum.GetValues<DisagreementKind>();

    private readonly string _path;
    private readonly string[] _partPaths;
    private readonly ParallelCsvFile[] _parts;

    /// <summary>Starts the work list at <paramref name="path"/>; part files of the later kinds sit beside it until <see cref="Complete"/>.</summary>
    /// <remarks>The first kind's rows go straight into the file, under the header: only the later kinds' need joining.</remarks>
    public DisagreementsCsvWriter(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        _partPaths = Kinds.Skip(1).Select(k => $"{path}.{(int)k}.part").ToArray();
        _parts = [new ParallelCsvFile(path, ReportCsv.RowOptions, Header), .. _partPaths.Select(p => new ParallelCsvFile(p, ReportCsv.RowOptions))];
    }

    /// <summary>Formats the rows of results <paramref name="from"/> to <paramref name="to"/> into part <paramref name="part"/> of each kind's file, in one pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    internal void Format(int part, ScenarioResult[] results, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var result = results[i];
            if (!DisagreementKinds.Any(result))
                continue;
            for (var k = 0; k < Kinds.Length; k++)
            {
                if (DisagreementKinds.Shows(result, Kinds[k]))
                    WriteRow(_parts[k].Part(part), result, Kinds[k]);
            }
        }
    }

    /// <summary>Appends the first <paramref name="parts"/> formatted parts to each kind's file, in order.</summary>
    internal void Append(int parts)
    {
        foreach (var file in _parts)
            file.Append(parts);
    }

    /// <summary>Appends the later kinds' parts to the file, in order, and removes them.</summary>
    /// <remarks>
    /// Each part is copied to its own place in the file, all at once: at the end of a large run nothing else is left
    /// to do, and copying the 86 MB of a million scenarios' parts one after the other kept one core busy for 70 ms.
    /// The file is not sized first: writing into a hole of that size was three times slower.
    /// </remarks>
    public void Complete()
    {
        foreach (var part in _parts)
            part.Dispose();
        var offsets = new long[_partPaths.Length];
        var end = new FileInfo(_path).Length;
        for (var k = 0; k < _partPaths.Length; k++)
        {
            offsets[k] = end;
            end += new FileInfo(_partPaths[k]).Length;
        }

        using var output = File.OpenHandle(_path, FileMode.Open, FileAccess.Write);
        Parallel.For(0, _partPaths.Length, k =>
        {
            FileRangeCopy.CopyInto(output, offsets[k], _partPaths[k]);
            File.Delete(_partPaths[k]);
        });
    }

    /// <summary>Closes the part files; after <see cref="Complete"/> it does nothing.</summary>
    public void Dispose()
    {
        foreach (var part in _parts)
            part.Dispose();
    }

    private static void WriteRow(CsvWriter csv, ScenarioResult result, DisagreementKind kind)
    {
        ReportCells.WriteText(csv, result.Scenario.Id);
        csv.WriteField(DisagreementKinds.Slug(kind));
        csv.WriteField(ReportCells.Label(result.Expected));
        csv.WriteField(ReportCells.Label(result.Predicted));
        csv.WriteField(ReportCells.ExpertLabelsUtf8(result, stackalloc byte[ReportCells.MaxLabelsCell]));
        ReportCells.WriteText(csv, result.Scenario);
        csv.EndRecord();
    }
}
