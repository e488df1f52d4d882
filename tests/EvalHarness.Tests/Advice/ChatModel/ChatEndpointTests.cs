using EvalHarness.Advice.ChatModel;

namespace EvalHarness.Tests.Advice.ChatModel;

public sealed class ChatEndpointTests
{
    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1")]
    [InlineData(" HTTP://LocalHost:11434/v1/ ", "http://localhost:11434/v1")]
    [InlineData("https://api.openai.com:443/v1", "https://api.openai.com/v1")]
    [InlineData("https://my-resource.openai.azure.com/openai/v1/", "https://my-resource.openai.azure.com/openai/v1")]
    [InlineData("http://10.0.0.5:8000", "http://10.0.0.5:8000")]
    public void TryParse_BaseUrl_IsNormalised(string text, string normalized)
    {
        Assert.True(ChatEndpoint.TryParse(text, out var endpoint, out var problem), problem);
        Assert.Equal(normalized, ChatEndpoint.Normalized(endpoint!));
    }

    [Theory]
    [InlineData("127.0.0.1:11434/v1", "'127.0.0.1:11434/v1' is not an http or https URL; write the API's base URL, such as http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1")]
    [InlineData("ftp://example.com/v1", "'ftp://example.com/v1' is not an http or https URL; write the API's base URL, such as http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1")]
    [InlineData("http://127.0.0.1:11434/v1/chat/completions", "'http://127.0.0.1:11434/v1/chat/completions' names the chat completions route; write the base URL it starts from, such as http://127.0.0.1:11434/v1")]
    [InlineData("https://example.com/v1?api-version=1", "'https://example.com/v1?api-version=1' has a query or fragment; write the API's base URL alone, such as http://127.0.0.1:11434/v1")]
    [InlineData("https://user:sk-hunter2@example.com/v1", "the URL holds a user name or password; give the key in OPENAI_API_KEY instead, and the URL without it")]
    public void TryParse_NotABaseUrl_SaysHowToWriteIt(string text, string expected)
    {
        Assert.False(ChatEndpoint.TryParse(text, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("https://api.openai.com/v1", true)]
    [InlineData("http://127.0.0.1:11434/v1", false)]
    [InlineData("https://my-resource.openai.azure.com/openai/v1", false)]
    public void NeedsKey_OnlyOpenAIsOwnEndpoint(string endpoint, bool needsKey) =>
        Assert.Equal(needsKey, ChatEndpoint.NeedsKey(new Uri(endpoint)));
}
