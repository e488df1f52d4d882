using System.Globalization;
using EvalHarness.Tests.Advice.ChatModel;

namespace EvalHarness.Benchmarks;

/// <summary>
/// <c>EvalHarness.Benchmarks chat-server [--latency-ms N]</c>: the tests' OpenAI-compatible server on 127.0.0.1, for
/// chat.sh to time <c>eval --advisor openai:…</c> against. Prints <c>endpoint URL</c>, then answers each line
/// <c>stats</c> on standard input with <c>requests N max_in_flight M first_to_last_request S s</c> (the requests since the last
/// <c>stats</c>; the most in flight at once over all of them). After a line <c>trouble N</c>, every Nth request is refused
/// (429 with <c>Retry-After: 0</c> and 500 in turn), for chat.sh to check that each build retries alike; <c>trouble 0</c>
/// ends that. Stops when standard input closes.
/// </summary>
internal static class ChatServerMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var latency = TimeSpan.FromMilliseconds(args is ["--latency-ms", var ms] ? int.Parse(ms, CultureInfo.InvariantCulture) : 100);
        var troubleEvery = 0;
        var received = 0;
        await using var server = await ChatServer.StartAsync(call =>
        {
            var every = Volatile.Read(ref troubleEvery);
            var n = Interlocked.Increment(ref received);
            return (every > 0 && n % every == 0 ? Refusal(n / every) : Answer(call.Prompt)) with { Delay = latency };
        });
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
            else if (line.Trim().Split(' ') is ["trouble", var every])
            {
                Volatile.Write(ref troubleEvery, int.Parse(every, CultureInfo.InvariantCulture));
            }
        }

        return 0;
    }

    // Refusals alternate between the two a client must retry: a rate limit that says when, and a server error that does not.
    private static ChatReply Refusal(int count) =>
        count % 2 == 0 ? ChatReply.Error(429, "rate limited", retryAfter: "0") : ChatReply.Error(500, "overloaded");

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
