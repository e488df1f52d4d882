using EvalHarness.Advice;
using EvalHarness.Advice.Caching;
using EvalHarness.Advice.Exec;
using EvalHarness.Advice.ChatModel;
using EvalHarness.Advice.Predictions;
using EvalHarness.Evaluation;

namespace EvalHarness.Cli;

/// <summary>Makes the advisor under test from its settings: checks every option first, so a mistake is a usage problem before anything runs.</summary>
internal static class AdvisorBuilder
{
    /// <summary>Builds the advisor, or returns <c>null</c> with the problems that stop it.</summary>
    /// <param name="context">Where relative paths start, and the environment.</param>
    /// <param name="settings">The advisor options.</param>
    /// <param name="framework">Makes the built-in advisor (tests give another).</param>
    /// <param name="problems">Receives one line per problem.</param>
    /// <param name="workFolder">The folder the work is about (the corpus), whose repository root holds the default cache.</param>
    /// <param name="log">Whether an external advisor logs to a file the run copies to advisor.log; otherwise its log keeps nothing.</param>
    public static AdvisorUnderTest? Build(CliContext context, AdvisorSettings settings, Func<IAdvisor> framework, List<string> problems, string? workFolder = null, bool log = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        AtLeastOne(settings.Repeats, "--repeats", problems);
        AtLeastOne(settings.Workers, "--workers", problems);
        if (settings.Concurrency is { } concurrency)
            AtLeastOne(concurrency, "--concurrency", problems);
        if (settings.TimeoutSeconds <= 0)
            problems.Add("--advisor-timeout must be more than 0 seconds");
        if (!AdvisorSpec.TryParse(settings.Spec, out var spec, out var specProblem))
            problems.Add($"--advisor: {specProblem}");
        if (problems.Count > before)
            return null;

        switch (spec!.Kind)
        {
            case AdvisorKind.Framework:
                return AdvisorUnderTest.InProcess(framework(), spec.ToString(), settings.Repeats);
            case AdvisorKind.Predictions:
                // Its own problems are reported with the corpus's once the run has asked for every scenario.
                return AdvisorUnderTest.External(PredictionsAdvisor.Open(context.WorkingDirectory, spec.Argument), settings.Repeats, 1);
            case AdvisorKind.Exec:
                return Exec(context, settings, spec, workFolder, log, problems);
            case AdvisorKind.OpenAI:
                return Chat(context, settings, spec, workFolder, log, problems);
            default:
                problems.Add($"--advisor {spec}: this kind of advisor is not available in this build");
                return null;
        }
    }

    private static AdvisorUnderTest? Exec(CliContext context, AdvisorSettings settings, AdvisorSpec spec, string? workFolder, bool log, List<string> problems)
    {
        var advisorLog = log ? AdvisorLog.InTempFile() : AdvisorLog.None;
        try
        {
            var options = new ExecOptions(settings.Workers, TimeSpan.FromSeconds(settings.TimeoutSeconds));
            var exec = ExecAdvisor.Start(spec.Argument, context.WorkingDirectory, options, advisorLog);
            return AdvisorUnderTest.External(Cached(exec, context, settings, workFolder, advisorLog), settings.Repeats, settings.Concurrency ?? Environment.ProcessorCount, log ? advisorLog : null);
        }
        catch (AdvisorStartException e)
        {
            advisorLog.Dispose();
            problems.Add($"--advisor {spec}: {e.Message}");
            return null;
        }
    }

    private static AdvisorUnderTest? Chat(CliContext context, AdvisorSettings settings, AdvisorSpec spec, string? workFolder, bool log, List<string> problems)
    {
        var advisorLog = log ? AdvisorLog.InTempFile() : AdvisorLog.None;
        var chat = ChatModelBuilder.Build(context, settings, spec.Argument, advisorLog, problems);
        if (chat is null)
        {
            advisorLog.Dispose();
            return null;
        }

        return AdvisorUnderTest.External(Cached(chat, context, settings, workFolder, advisorLog), settings.Repeats, settings.Concurrency ?? ChatModelAdvisor.DefaultConcurrency, log ? advisorLog : null);
    }

    /// <summary>Puts the response cache in front of an advisor, unless <c>--no-cache</c>.</summary>
    private static IExternalAdvisor Cached(IExternalAdvisor advisor, CliContext context, AdvisorSettings settings, string? workFolder, AdvisorLog log) =>
        settings.NoCache
            ? advisor
            : new CachingAdvisor(advisor, new ResponseCache(settings.CacheDirectory is { } chosen
                ? context.Resolve(chosen)
                : ResponseCache.DefaultFor(workFolder ?? context.WorkingDirectory)), log);

    private static void AtLeastOne(int value, string option, List<string> problems)
    {
        if (value < 1)
            problems.Add($"{option} must be at least 1, got {value}");
    }
}
