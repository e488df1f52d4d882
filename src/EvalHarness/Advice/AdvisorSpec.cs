using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>An advisor as the user names it on the command line: <c>framework</c>, <c>predictions:PATH</c>, <c>exec:COMMAND</c> or <c>openai:MODEL</c>.</summary>
/// <param name="Kind">Which kind of advisor.</param>
/// <param name="Argument">What follows the colon: the file, the command line or the model; empty for <c>framework</c>.</param>
public sealed record AdvisorSpec(AdvisorKind Kind, string Argument)
{
    private static readonly string[] Prefixes = ["framework", "predictions", "exec", "openai"];

    /// <summary>The built-in advisor.</summary>
    public static AdvisorSpec Framework { get; } = new(AdvisorKind.Framework, "");

    /// <summary>How the spec is written, as reports name the advisor.</summary>
    public override string ToString() => Kind switch
    {
        AdvisorKind.Framework => "framework",
        AdvisorKind.Predictions => $"predictions:{Argument}",
        AdvisorKind.Exec => $"exec:{Argument}",
        _ => $"openai:{Argument}",
    };

    /// <summary>Reads a spec; on failure, <paramref name="problem"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string? text, out AdvisorSpec? spec, out string? problem)
    {
        spec = null;
        problem = null;
        var trimmed = (text ?? "").Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var prefix = (colon < 0 ? trimmed : trimmed[..colon]).Trim().ToLowerInvariant();
        var argument = colon < 0 ? "" : trimmed[(colon + 1)..].Trim();
        AdvisorKind? kind = prefix switch
        {
            "framework" => AdvisorKind.Framework,
            "predictions" => AdvisorKind.Predictions,
            "exec" => AdvisorKind.Exec,
            "openai" => AdvisorKind.OpenAI,
            _ => null,
        };
        if (kind is null)
        {
            var near = EditDistance.Nearest(prefix, Prefixes);
            problem = $"unknown advisor '{trimmed}'" + (near is null ? "" : $"; did you mean '{near}'?")
                + " Advisors: framework, predictions:PATH, exec:COMMAND, openai:MODEL";
            return false;
        }

        if (kind == AdvisorKind.Framework)
        {
            if (argument.Length > 0)
            {
                problem = $"the framework advisor takes no argument, got '{trimmed}'; write --advisor framework";
                return false;
            }

            spec = Framework;
            return true;
        }

        if (argument.Length == 0)
        {
            problem = kind switch
            {
                AdvisorKind.Predictions => "--advisor predictions: needs a file, such as --advisor predictions:predictions.csv",
                AdvisorKind.Exec => "--advisor exec: needs a command, such as --advisor \"exec:python3 examples/advisors/keywords.py\"",
                _ => "--advisor openai: needs a model, such as --advisor openai:gpt-4o-mini",
            };
            return false;
        }

        spec = new AdvisorSpec(kind.Value, argument);
        return true;
    }
}
