using EvalHarness.Advice.ChatModel;

namespace EvalHarness.Tests.Advice.ChatModel;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("sk-proj-abc123XYZ", "HTTP 401: \"Incorrect API key provided: sk-proj-abc123XYZ\"", "HTTP 401: \"Incorrect API key provided: [redacted]\"")]
    [InlineData("sk-proj-abc123XYZ", "Bearer sk-proj-abc123XYZ twice: sk-proj-abc123XYZ", "Bearer [redacted] twice: [redacted]")]
    [InlineData("sk-proj-abc123XYZ", "nothing secret here", "nothing secret here")]
    [InlineData("ollama", "For Ollama: ollama serve", "For Ollama: ollama serve")]
    [InlineData(null, "no key at all", "no key at all")]
    public void Redact_MasksTheKeyWhereverItIs(string? key, string text, string expected) =>
        Assert.Equal(expected, new SecretRedactor(key).Redact(text));
}
