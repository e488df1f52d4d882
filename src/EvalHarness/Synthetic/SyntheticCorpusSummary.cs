namespace EvalHarness.Synthetic;

/// <summary>What a synthetic corpus folder holds, as the generate verb reports it.</summary>
/// <param name="Scenarios">Scenarios written to scenarios.csv.</param>
/// <param name="Labels">Labels written to labels.csv.</param>
/// <param name="ScenariosBytes">The size of scenarios.csv in bytes.</param>
/// <param name="LabelsBytes">The size of labels.csv in bytes.</param>
public sealed record SyntheticCorpusSummary(long Scenarios, long Labels, long ScenariosBytes, long LabelsBytes);
