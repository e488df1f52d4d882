using System.Text;
using EvalHarness.Advice;
using EvalHarness.Comparison;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>
/// <c>eval</c> with several <c>--advisor</c> options: each advisor is evaluated into a report folder of its own under
/// <c>--out</c>, and each is compared case by case with the first, into <c>--out/comparison-…</c>.
/// </summary>
internal sealed class SeveralAdvisorsEval(CliContext context, Func<IAdvisor> advisorFactory)
{
    /// <summary>Runs every advisor and the comparisons; the exit code is the worst of the runs (2 stops at once).</summary>
    public int Run(EvalSettings settings)
    {
        var problems = new List<string>();
        foreach (var advisor in settings.Advisors)
            if (!AdvisorSpec.TryParse(advisor.Spec, out _, out var problem))
                problems.Add($"--advisor: {problem}");
        if (settings.UpdateBaseline)
            problems.Add("--update-baseline accepts the run of one advisor; run eval with that --advisor alone");
        if (settings.JUnit is not null)
            problems.Add("--junit writes one advisor's run; run eval with that --advisor alone");
        var folders = FolderNames(settings.Advisors);
        var outDir = context.Resolve(settings.Out);
        foreach (var folder in folders.Skip(1).Select(f => $"comparison-{f}").Concat(folders))
            if (!ReportFolder.CanReplace(Path.Combine(outDir, folder)))
                problems.Add($"--out {settings.Out}/{folder}: refusing to replace a folder that holds files other than reports; choose another --out");
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                context.Error.WriteLine(problem);
            context.Error.WriteLine($"{problems.Count} problem(s) found; nothing was written.");
            return ExitCodes.InvalidInput;
        }

        Directory.CreateDirectory(outDir);
        var worst = ExitCodes.Ok;
        for (var i = 0; i < settings.Advisors.Count; i++)
        {
            context.Output.WriteLine($"== {i + 1} of {settings.Advisors.Count}: {settings.Advisors[i].Spec}");
            var code = new EvalRun(context, advisorFactory).Run(settings with { Out = Path.Combine(settings.Out, folders[i]), Advisor = settings.Advisors[i], Advisors = [] });
            context.Output.WriteLine();
            if (code == ExitCodes.InvalidInput)
                return code;
            worst = Worse(worst, code);
        }

        for (var i = 1; i < folders.Count; i++)
        {
            var name = $"comparison-{folders[i]}";
            var (comparison, comparisonProblems) = ComparisonWriter.Write(
                Path.Combine(outDir, folders[0]), Path.Combine(outDir, folders[i]), Path.Combine(outDir, name), folders[0], folders[i]);
            if (comparison is null)
            {
                foreach (var problem in comparisonProblems)
                    context.Error.WriteLine(problem);
                return ExitCodes.InvalidInput;
            }

            context.Output.WriteLine($"== {settings.Advisors[i].Spec} against {settings.Advisors[0].Spec}");
            ComparisonConsoleSummary.Write(context.Output, comparison);
            context.Output.WriteLine($"Comparison written to {settings.Out}/{name}");
        }

        return worst;
    }

    /// <summary>
    /// A folder name for each advisor, from its spec: <c>framework</c>, <c>exec-python3-examples-advisors-keywords-py</c>,
    /// <c>openai-gpt-4o-mini</c>; a name given twice gets its position appended.
    /// </summary>
    internal static IReadOnlyList<string> FolderNames(IReadOnlyList<AdvisorSettings> advisors)
    {
        var names = new List<string>();
        foreach (var advisor in advisors)
        {
            var slug = Slug(advisor.Spec);
            var name = names.Contains(slug, StringComparer.Ordinal) ? $"{slug}-{names.Count + 1}" : slug;
            names.Add(name);
        }

        return names;
    }

    private static string Slug(string spec)
    {
        var slug = new StringBuilder();
        foreach (var c in spec.Trim())
        {
            var folded = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.')
                slug.Append(folded == '.' ? '-' : folded);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > 48)
            text = text[..48].TrimEnd('-');
        return text.Length == 0 ? "advisor" : text;
    }

    // A usage problem is the worst outcome, then a failed advisor, then a failed gate.
    private static int Worse(int a, int b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(int code) => code switch
    {
        ExitCodes.InvalidInput => 3,
        ExitCodes.ClassifierFailed => 2,
        ExitCodes.GateFailed => 1,
        _ => 0,
    };
}
