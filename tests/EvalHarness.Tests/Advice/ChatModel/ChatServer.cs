using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EvalHarness.Tests.Advice.ChatModel;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (Kestrel, a free port), answering <c>POST /v1/chat/completions</c> in the
/// real wire format as a script says, request by request: an answer after some latency, a 429 with Retry-After, a 500,
/// a body that is no chat completion, a dropped connection. It records every request and the most it held at once.
/// </summary>
/// <remarks>Shared with the benchmarks (tests/EvalHarness.Benchmarks/chat.sh), which link this file.</remarks>
internal sealed class ChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<ChatCall, ChatReply> _script;
    private readonly ConcurrentQueue<ChatCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _requests;
    private int _inFlight;
    private int _maxInFlight;

    private ChatServer(Func<ChatCall, ChatReply> script)
    {
        _script = script;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v1/chat/completions", HandleAsync);
    }

    /// <summary>Starts a server that answers as <paramref name="script"/> says.</summary>
    public static async Task<ChatServer> StartAsync(Func<ChatCall, ChatReply> script)
    {
        var server = new ChatServer(script);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>The API's base URL, such as <c>http://127.0.0.1:41234/v1</c>.</summary>
    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    /// <summary>Requests received.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The most requests the server held at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Every request received, in the order they came.</summary>
    public IReadOnlyList<ChatCall> Calls => [.. _calls.OrderBy(c => c.Number)];

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref _requests);
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
            if (Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) == max)
                break;
        try
        {
            var received = _clock.Elapsed;
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var prompt = root.GetProperty("messages")[0].GetProperty("content").GetString() ?? "";
            var call = new ChatCall(number, received, context.Request.Headers.Authorization.ToString(), body, root.GetProperty("model").GetString() ?? "", prompt,
                _attempts.AddOrUpdate(prompt, 1, (_, n) => n + 1));
            _calls.Enqueue(call);
            await ReplyAsync(context, call, _script(call));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static async Task ReplyAsync(HttpContext context, ChatCall call, ChatReply reply)
    {
        try
        {
            if (reply.Delay > TimeSpan.Zero)
                await Task.Delay(reply.Delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return; // the client gave up
        }

        if (reply.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = retryAfter;
        context.Response.ContentType = reply.ContentType;
        await context.Response.WriteAsync(reply.RawBody ?? Completion(call, reply), context.RequestAborted);
    }

    private static string Completion(ChatCall call, ChatReply reply) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = $"chatcmpl-{call.Number}",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = call.Model,
        ["choices"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["index"] = 0,
                ["message"] = new Dictionary<string, object?> { ["role"] = "assistant", ["content"] = reply.Content },
                ["finish_reason"] = "stop",
            },
        },
        ["usage"] = new Dictionary<string, object?>
        {
            ["prompt_tokens"] = reply.PromptTokens,
            ["completion_tokens"] = reply.CompletionTokens,
            ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
        },
    });

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
