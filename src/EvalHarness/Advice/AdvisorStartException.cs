namespace EvalHarness.Advice;

/// <summary>
/// An external advisor could not be used at all: its program was not found or not executable, exited before answering
/// anything, or its endpoint refused the run. A usage problem (exit code 2), not an advisor error of one scenario.
/// </summary>
public sealed class AdvisorStartException : Exception
{
    /// <summary>Creates the exception with a message that says what failed and how to fix it.</summary>
    public AdvisorStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public AdvisorStartException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
