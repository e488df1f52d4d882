using System.Text;
using Bogus;
using EvalHarness.Corpus;
using EvalHarness.Synthetic;
using EvalHarness.Tests.Synthetic;

namespace EvalHarness.Tests.Corpus;

/// <summary>Randomly broken corpus files either load or give located problems; the loader never throws.</summary>
public sealed class CorpusMutationTests : IClassFixture<CorpusMutationTests.ValidFiles>
{
    private const int Cases = 300;
    private readonly ValidFiles _valid;

    public CorpusMutationTests(ValidFiles valid) => _valid = valid;

    public static TheoryData<string> Mutations =>
        ["drop-quote", "double-quote", "insert-separator", "insert-line-break", "truncate", "random-bytes", "nul-bytes", "utf16-bom", "utf16-no-bom"];

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Load_MutatedFile_LoadsOrGivesLocatedProblems(string mutation)
    {
        var random = new Randomizer(mutation.Length * 7919 + mutation[^1]);
        var failures = new List<string>();

        for (var i = 0; i < Cases / Mutations.Count; i++)
        {
            var scenarios = random.Bool();
            var original = scenarios ? _valid.Scenarios : _valid.Labels;
            using var corpus = TempCorpus.With(Encoding.UTF8.GetString(_valid.Scenarios), Encoding.UTF8.GetString(_valid.Labels));
            var mutated = Mutate(mutation, original, random);
            corpus.Write(scenarios ? CorpusFiles.Scenarios : CorpusFiles.Labels, mutated);
            try
            {
                var result = corpus.Load();
                var lines = new Dictionary<string, int>
                {
                    [CorpusFiles.Scenarios] = LineCount(scenarios ? mutated : _valid.Scenarios),
                    [CorpusFiles.Labels] = LineCount(scenarios ? _valid.Labels : mutated),
                };
                failures.AddRange(Check(result, lines).Select(f => $"#{i}: {f}"));
            }
            catch (Exception e)
            {
                failures.Add($"#{i} ({(scenarios ? "scenarios" : "labels")}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    [Theory]
    [InlineData("utf16-bom", true)] // the byte order mark says how to read it
    [InlineData("utf16-no-bom", false)]
    [InlineData("nul-bytes", false)]
    public void Load_Utf16OrBinaryScenarios_LoadsOnlyWhenTheEncodingIsKnown(string mutation, bool loads)
    {
        using var corpus = TempCorpus.With(labels: Encoding.UTF8.GetString(_valid.Labels));
        corpus.Write(CorpusFiles.Scenarios, Mutate(mutation, _valid.Scenarios, new Randomizer(1)));

        var result = corpus.Load();

        Assert.Equal(loads, result.IsValid);
        if (loads)
            Assert.Equal(40, result.Corpus!.Scenarios.Count);
        else
            Assert.Contains(result.Problems, p => p.File == CorpusFiles.Scenarios && p.Message.Length > 0);
    }

    // Lines as a reader counts them: one more than the line breaks, whichever of CR, LF or CRLF ends them.
    private static int LineCount(byte[] file) =>
        1 + file.Count(b => b == (byte)'\n') + file.Where((b, i) => b == (byte)'\r' && (i + 1 == file.Length || file[i + 1] != (byte)'\n')).Count();

    private static IEnumerable<string> Check(CorpusLoadResult result, IReadOnlyDictionary<string, int> lines)
    {
        if (result.Corpus is not null && result.Problems.Count > 0)
            yield return "a corpus came with problems";
        if (result.Corpus is null && result.Problems.Count == 0)
            yield return "no corpus and no problem";
        foreach (var problem in result.Problems)
        {
            if (problem.File is not (CorpusFiles.Scenarios or CorpusFiles.Labels))
                yield return $"problem without a corpus file: {problem}";
            if (problem.Line < 0 || (lines.TryGetValue(problem.File, out var last) && problem.Line > last))
                yield return $"line outside the file: {problem}";
            if (string.IsNullOrWhiteSpace(problem.Message))
                yield return $"empty message: {problem}";
        }
    }

    private static byte[] Mutate(string mutation, byte[] original, Randomizer random)
    {
        var bytes = new List<byte>(original);
        var at = random.Number(bytes.Count - 1);
        switch (mutation)
        {
            case "drop-quote":
                var quote = bytes.IndexOf((byte)'"', at);
                quote = quote >= 0 ? quote : bytes.IndexOf((byte)'"');
                if (quote >= 0)
                    bytes.RemoveAt(quote);
                break;
            case "double-quote":
                bytes.Insert(at, (byte)'"');
                break;
            case "insert-separator":
                for (var k = random.Number(1, 3); k > 0; k--)
                    bytes.Insert(random.Number(bytes.Count - 1), (byte)',');
                break;
            case "insert-line-break":
                bytes.InsertRange(at, random.Bool() ? "\n"u8.ToArray() : "\r\n"u8.ToArray());
                break;
            case "truncate":
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case "random-bytes":
                for (var k = random.Number(1, 20); k > 0; k--)
                    bytes[random.Number(bytes.Count - 1)] = random.Byte();
                break;
            case "nul-bytes":
                bytes.Insert(at, 0);
                break;
            case "utf16-bom":
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original))];
            case "utf16-no-bom":
                return Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original));
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }

        return [.. bytes];
    }

    /// <summary>A small valid generated corpus, read once for every mutation.</summary>
    public sealed class ValidFiles
    {
        public ValidFiles()
        {
            using var generated = GeneratedCorpus.Write(new SyntheticOptions(40, Seed: 99, Noise: 0.2));
            Scenarios = File.ReadAllBytes(generated.ScenariosPath);
            Labels = File.ReadAllBytes(generated.LabelsPath);
        }

        public byte[] Scenarios { get; }

        public byte[] Labels { get; }
    }
}
