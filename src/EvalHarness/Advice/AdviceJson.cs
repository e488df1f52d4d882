using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>
/// Writes advice as deterministic JSON for machines and snapshots: fixed property order, slugs for enums,
/// money with at least two decimals in invariant culture, indented with LF newlines.
/// </summary>
public static class AdviceJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The advice as an indented JSON document, without a trailing newline.</summary>
    public static string Write(ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
            Write(writer, advice);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the advice as one JSON object, so callers can embed it in a larger document.</summary>
    public static void Write(Utf8JsonWriter writer, ScenarioAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(advice);
        writer.WriteStartObject();
        writer.WriteString("approach", advice.Approach.ToSlug());
        if (advice.Leaf is { } leaf)
            writer.WriteString("leaf", leaf.ToSlug());
        else
            writer.WriteNull("leaf");
        writer.WriteStartArray("path");
        foreach (var step in advice.Path)
            WriteStep(writer, step);
        writer.WriteEndArray();
        // Only external advisors give evidence outside the path; the built-in advisor's JSON keeps its shape.
        if (advice.UnplacedEvidence.Count > 0)
        {
            writer.WriteStartArray("evidence");
            foreach (var evidence in advice.UnplacedEvidence)
                writer.WriteStringValue(evidence.Found);
            writer.WriteEndArray();
        }

        WriteReasons(writer, "reasons", advice.Reasons);
        WriteReasons(writer, "reasons_if_fine_tuned", advice.ReasonsIfFineTuned);
        writer.WriteStartArray("warnings");
        foreach (var warning in advice.Warnings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", warning.Code.ToSlug());
            writer.WriteString("message", warning.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteCost(writer, advice.Cost);
        writer.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter writer, DecisionStep step)
    {
        writer.WriteStartObject();
        writer.WriteString("question", step.Question.ToSlug());
        writer.WriteBoolean("answer", step.Answer);
        WriteNumber(writer, "score", step.Score);
        WriteNumber(writer, "threshold", step.Threshold);
        writer.WriteStartArray("rivals");
        foreach (var rival in step.Rivals)
        {
            writer.WriteStartObject();
            writer.WriteString("rival", rival.Rival);
            writer.WriteNumber("score", rival.Score);
            writer.WriteNumber("against", rival.Against);
            writer.WriteBoolean("beaten", rival.Beaten);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (step.Note is { } note)
            writer.WriteString("note", note);
        else
            writer.WriteNull("note");
        writer.WriteStartArray("evidence");
        foreach (var evidence in step.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", evidence.Rule);
            writer.WriteString("found", evidence.Found);
            WriteNumber(writer, "table_weight", evidence.TableWeight);
            writer.WriteStartArray("changes");
            foreach (var change in evidence.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", change.Kind.ToSlug());
                writer.WriteString("word", change.Word);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("weight", evidence.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReasons(Utf8JsonWriter writer, string name, IReadOnlyList<FineTuneReason> reasons)
    {
        writer.WriteStartArray(name);
        foreach (var reason in reasons)
            writer.WriteStringValue(reason.ToSlug());
        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, number);
        else
            writer.WriteNull(name);
    }

    /// <summary>Money as JSON numbers: at least two decimals, no trailing zeros beyond, whatever the decimal's scale.</summary>
    public static string FormatMoney(decimal value) => value.ToString("0.00##########", CultureInfo.InvariantCulture);

    private static void WriteCost(Utf8JsonWriter writer, CostComparison? cost)
    {
        if (cost is null)
        {
            writer.WriteNull("cost");
            return;
        }

        writer.WriteStartObject("cost");
        writer.WriteNumber("daily_requests", cost.DailyRequests);
        writer.WriteNumber("tokens_per_request", cost.TokensPerRequest);
        WriteMoney(writer, "prompted_daily_cost", cost.PromptedDailyCost);
        WriteMoney(writer, "fine_tuned_daily_cost", cost.FineTunedDailyCost);
        WriteMoney(writer, "daily_savings", cost.DailySavings);
        WriteMoney(writer, "monthly_savings", cost.MonthlySavings);
        if (cost.Assumptions is { } assumed)
        {
            // What the figures rest on, so a reader can redo them: the prices and both system prompts, and whether the
            // prompted one is the scenario's own ("a 3,000-token system prompt") or the course's.
            writer.WriteStartObject("assumptions");
            WriteMoney(writer, "prompted_price_per_million", assumed.PromptedPricePerMillion);
            writer.WriteNumber("prompted_system_tokens", assumed.PromptedSystemTokens);
            writer.WriteBoolean("prompted_system_tokens_stated", cost.PromptedSystemTokensStated);
            WriteMoney(writer, "fine_tuned_price_per_million", assumed.FineTunedPricePerMillion);
            writer.WriteNumber("fine_tuned_system_tokens", assumed.FineTunedSystemTokens);
            writer.WriteNumber("days_per_month", CostAssumptions.DaysPerMonth);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(FormatMoney(value), skipInputValidation: true);
    }
}
