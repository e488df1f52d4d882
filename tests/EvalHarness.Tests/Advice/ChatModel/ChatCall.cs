namespace EvalHarness.Tests.Advice.ChatModel;

/// <summary>One request the server received.</summary>
/// <param name="Number">Its number, from 1, in the order requests came.</param>
/// <param name="ReceivedAt">When it came, since the server started.</param>
/// <param name="Authorization">Its Authorization header.</param>
/// <param name="Body">Its JSON body.</param>
/// <param name="Model">The model it asked for.</param>
/// <param name="Prompt">The first message's text.</param>
/// <param name="Attempt">How many times this prompt has come, this one included: 2 for the first retry.</param>
internal sealed record ChatCall(int Number, TimeSpan ReceivedAt, string Authorization, string Body, string Model, string Prompt, int Attempt);
