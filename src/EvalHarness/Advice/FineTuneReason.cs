namespace EvalHarness.Advice;

/// <summary>The course's reasons why fine-tuning makes sense.</summary>
public enum FineTuneReason
{
    /// <summary>A consistent output format, such as a JSON or XML schema.</summary>
    ConsistentFormat,

    /// <summary>A specialised style or persona.</summary>
    StyleOrPersona,

    /// <summary>Replacing a long system prompt.</summary>
    ShorterPrompts,

    /// <summary>Latency-sensitive calls.</summary>
    Latency,

    /// <summary>High request volume.</summary>
    HighVolume,
}
