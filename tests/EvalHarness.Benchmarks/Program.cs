using BenchmarkDotNet.Running;
using EvalHarness.Benchmarks;

// chat.sh starts the OpenAI-compatible test server through this program; everything else is BenchmarkDotNet.
if (args is ["chat-server", .. var rest])
    return await ChatServerMode.RunAsync(rest);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
