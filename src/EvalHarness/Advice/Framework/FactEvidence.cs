using System.Runtime.CompilerServices;

namespace EvalHarness.Advice.Framework;

/// <summary>The facts' evidence of one advice, made as they are read.</summary>
[InlineArray(Capacity)]
internal struct FactEvidence
{
    /// <summary>The most fact evidence one advice makes: examples (for and against), requests and prompt length.</summary>
    public const int Capacity = 4;

    private Evidence _first;
}
