using EvalHarness.Advice.ChatModel;

namespace EvalHarness.Tests.Advice.ChatModel;

public sealed class ModelReplyTests
{
    [Theory]
    [InlineData("{\"approach\": \"rag\"}", "{\"approach\": \"rag\"}")]
    [InlineData("  {\"approach\": \"rag\"}\n", "{\"approach\": \"rag\"}")]
    [InlineData("```json\n{\"approach\": \"rag\"}\n```", "{\"approach\": \"rag\"}")]
    [InlineData("```JSON\r\n{\"approach\": \"rag\"}\r\n```\n", "{\"approach\": \"rag\"}")]
    [InlineData("```{\"approach\": \"rag\"}```", "{\"approach\": \"rag\"}")]
    [InlineData("<think>\nNeeds facts.\n</think>\n\n```json\n{\"approach\": \"rag\"}\n```", "{\"approach\": \"rag\"}")]
    [InlineData("Sure! {\"approach\": \"rag\"}", "Sure! {\"approach\": \"rag\"}")]
    public void Unwrap_FenceAndThinking_AreTakenOff(string reply, string json) =>
        Assert.Equal(json, ModelReply.Unwrap(reply));

    [Theory]
    [InlineData("{\"approach\": \"rag\"}", true)]
    [InlineData("```json\n{\"approach\": \"rag\"}\n```", true)]
    [InlineData("Sure! {\"approach\": \"rag\"}", false)]
    [InlineData("{\"approach\": \"rag\",}", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_OnlyJsonIsRead(string? reply, bool parsed)
    {
        Assert.Equal(parsed, ModelReply.TryParse(reply, out var document));
        document?.Dispose();
    }
}
