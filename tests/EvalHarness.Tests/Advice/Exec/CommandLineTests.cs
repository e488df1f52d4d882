using EvalHarness.Advice.Exec;

namespace EvalHarness.Tests.Advice.Exec;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("python3 examples/advisors/keywords.py", new[] { "python3", "examples/advisors/keywords.py" })]
    [InlineData("  python3   -u  advisor.py  ", new[] { "python3", "-u", "advisor.py" })]
    [InlineData("'/opt/my tools/advise' --model 'big one'", new[] { "/opt/my tools/advise", "--model", "big one" })]
    [InlineData("run \"a \\\"quoted\\\" word\" x", new[] { "run", "a \"quoted\" word", "x" })]
    [InlineData("run 'it''s' joined", new[] { "run", "its", "joined" })]
    [InlineData("run a\\ b", new[] { "run", "a b" })]
    [InlineData("run '$HOME' \"*.py\" ; rm -rf x", new[] { "run", "$HOME", "*.py", ";", "rm", "-rf", "x" })]
    [InlineData("run \"\"", new[] { "run", "" })]
    public void TrySplit_AsAShellWouldButWithoutOne(string line, string[] expected)
    {
        Assert.True(CommandLine.TrySplit(line, out var words, out var problem), problem);
        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData("run 'open", "the command has an unclosed single quote: run 'open")]
    [InlineData("run \"open", "the command has an unclosed double quote: run \"open")]
    [InlineData("   ", "the command is empty")]
    public void TrySplit_Malformed_SaysWhy(string line, string expected)
    {
        Assert.False(CommandLine.TrySplit(line, out _, out var problem));
        Assert.Equal(expected, problem);
    }
}
