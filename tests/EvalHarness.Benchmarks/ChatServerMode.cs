using System.Globalization;
using EvalHarness.Tests.Advice.ChatModel;

namespace EvalHarness.Benchmarks;

/// <summary>
/// <c>EvalHarness.Benchmarks chat-server [--latency-ms N]</c>: the tests' OpenAI-compatible server on 127.0.0.1, for
/// chat.sh to time <c>eval --advisor openai:…</c> against. Prints <c>endpoint URL</c>, then answers each line
/// <c>stats</c> on standard input with <c>requests N max_in_flight M first_to_last_request S s</c> (the requests since the last
/// <c>stats</c>; the most in flight at once over all of them), and stops when standard input closes.
/// </summary>
internal static class ChatServerMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var latency = TimeSpan.FromMilliseconds(args is ["--latency-ms", var ms] ? int.Parse(ms, CultureInfo.InvariantCulture) : 100);
        await using var server = await ChatServer.StartAsync(call => Answer(call.Prompt) with { Delay = latency });
        Console.Out.WriteLine($"endpoint {server.Endpoint}");
        Console.Out.Flush();
        var seen = 0;
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line.Trim() == "stats")
            {
                var calls = server.Calls.Skip(seen).ToList();
                seen += calls.Count;
                var span = calls.Count < 2 ? TimeSpan.Zero : calls[^1].ReceivedAt - calls[0].ReceivedAt;
                Console.Out.WriteLine(FormattableString.Invariant($"requests {calls.Count} max_in_flight {server.MaxInFlight} first_to_last_request {span.TotalSeconds:0.00} s"));
                Console.Out.Flush();
            }
        }

        return 0;
    }

    // A deterministic stand-in for a model: the framework's questions answered from a few words of the text.
    private static ChatReply Answer(string prompt)
    {
        // The bundled prompt puts the situation between two """ lines.
        var parts = prompt.Split("\"\"\"");
        var situation = parts.Length >= 3 ? parts[1] : prompt;
        return situation.Contains("JSON", StringComparison.OrdinalIgnoreCase) || situation.Contains("tone", StringComparison.OrdinalIgnoreCase)
                || situation.Contains("style", StringComparison.OrdinalIgnoreCase) || situation.Contains("format", StringComparison.OrdinalIgnoreCase)
            ? ChatReply.Approach("fine-tuning")
            : situation.Contains("today", StringComparison.OrdinalIgnoreCase) || situation.Contains("internal", StringComparison.OrdinalIgnoreCase)
                || situation.Contains("latest", StringComparison.OrdinalIgnoreCase) || situation.Contains("documents", StringComparison.OrdinalIgnoreCase)
                ? ChatReply.Approach("rag")
                : ChatReply.Approach("prompting");
    }
}
