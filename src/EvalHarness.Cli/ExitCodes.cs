namespace EvalHarness.Cli;

/// <summary>The process exit codes, documented in the README; CI reads them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything passed.</summary>
    public const int Ok = 0;

    /// <summary>The quality gate failed.</summary>
    public const int GateFailed = 1;

    /// <summary>Invalid input data or command-line usage.</summary>
    public const int InvalidInput = 2;

    /// <summary>The classifier (advisor) failed while advising.</summary>
    public const int ClassifierFailed = 3;
}
