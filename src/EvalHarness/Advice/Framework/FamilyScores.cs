using System.Runtime.CompilerServices;

namespace EvalHarness.Advice.Framework;

/// <summary>One running score per scored signal, indexed by <see cref="Signal"/>, kept on the stack.</summary>
[InlineArray(Length)]
internal struct FamilyScores
{
    /// <summary>The number of scored signals, <see cref="Signal.PromptingWorks"/> to <see cref="Signal.Supplied"/>.</summary>
    public const int Length = (int)Signal.Supplied + 1;

    private int _first;
}
