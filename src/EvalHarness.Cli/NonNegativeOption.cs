using System.CommandLine;
using System.Numerics;

namespace EvalHarness.Cli;

/// <summary>Numeric options that reject negative values as usage errors (exit code 2) before any command runs.</summary>
internal static class NonNegativeOption
{
    /// <summary>An optional option such as <c>--daily-requests N</c>; a negative value is a parse error.</summary>
    public static Option<T?> Create<T>(string name, string description, string helpName)
        where T : struct, INumber<T>
    {
        var option = new Option<T?>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T?>() is { } value && T.IsNegative(value))
                result.AddError($"{name} must be zero or more, got {value}.");
        });
        return option;
    }
}
