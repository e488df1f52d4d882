using CsvHelper;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes disagreements.csv, the curriculum authors' work list, as results are produced: one part file per kind, joined in order at the end.</summary>
public sealed class DisagreementsCsvWriter : IDisposable
{
    private static readonly string[] Header = ["scenario_id", "kind", "expected", "predicted", "expert_labels", "text"];

    private readonly string _path;
    private readonly string[] _partPaths;
    private readonly CsvWriter[] _parts;

    /// <summary>Starts the work list at <paramref name="path"/>; part files sit beside it until <see cref="Complete"/>.</summary>
    public DisagreementsCsvWriter(string path)
    {
        _path = path;
        var kinds = Enum.GetValues<DisagreementKind>();
        _partPaths = kinds.Select(k => $"{path}.{(int)k}.part").ToArray();
        _parts = _partPaths.Select(ReportCsv.Create).ToArray();
    }

    /// <summary>Adds a result under every kind of disagreement it shows.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var kind in DisagreementKinds.Of(result))
        {
            var csv = _parts[(int)kind];
            csv.WriteField(result.Scenario.Id);
            csv.WriteField(DisagreementKinds.Slug(kind));
            csv.WriteField(result.Expected?.ToSlug() ?? "");
            csv.WriteField(result.Predicted.ToSlug());
            csv.WriteField(ResultsCsvWriter.ExpertLabels(result));
            csv.WriteField(result.Scenario.Text);
            csv.EndRecord();
        }
    }

    /// <summary>Joins the parts under one header, classifier errors first, and removes them.</summary>
    public void Complete()
    {
        foreach (var part in _parts)
            part.Dispose();
        using (var header = ReportCsv.Create(_path))
            header.WriteHeader(Header);
        using (var output = new FileStream(_path, FileMode.Append))
        {
            foreach (var partPath in _partPaths)
            {
                using var input = File.OpenRead(partPath);
                input.CopyTo(output);
            }
        }
        foreach (var partPath in _partPaths)
            File.Delete(partPath);
    }

    /// <summary>Closes the part files; after <see cref="Complete"/> it does nothing.</summary>
    public void Dispose()
    {
        foreach (var part in _parts)
            part.Dispose();
    }
}
