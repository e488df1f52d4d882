using System.Text;
using EvalHarness.Gate;

namespace EvalHarness.Tests.Gate;

public sealed class GatePolicyReaderTests
{
    [Fact]
    public void Parse_FullPolicy_ReadsEveryKey()
    {
        const string json = """
            {
              // comments are allowed for authors
              "min_accuracy": 0.8,
              "min_acceptable_accuracy": 0.9,
              "min_macro_f1": 0.75,
              "min_cohen_kappa": -0.1,
              "max_regressions": 2,
              "must_pass_tags": ["seed-quiz", "seed-exercise"],
              "max_removed": 3,
            }
            """;

        var (policy, problems) = GatePolicyReader.Parse(Encoding.UTF8.GetBytes(json), "gate.json");

        Assert.Empty(problems);
        Assert.Equal(0.8, policy!.MinAccuracy);
        Assert.Equal(0.9, policy.MinAcceptableAccuracy);
        Assert.Equal(0.75, policy.MinMacroF1);
        Assert.Equal(-0.1, policy.MinCohenKappa);
        Assert.Equal(2, policy.MaxRegressions);
        Assert.Equal(["seed-quiz", "seed-exercise"], policy.MustPassTags);
        // Kept for the problem of a tag no scenario has, found once the corpus was read.
        Assert.Equal(("gate.json", 8), policy.MustPassTagsAt);
        Assert.Equal(3, policy.MaxRemoved);
    }

    [Fact]
    public void Parse_NoMaxRemoved_AllowsNoRemovedScenario() =>
        Assert.Equal(0, GatePolicyReader.Parse("{}"u8, "gate.json").Policy!.MaxRemoved);

    [Fact]
    public void Parse_EmptyObject_ChecksNothingAndAllowsNoRegression()
    {
        var (policy, problems) = GatePolicyReader.Parse("{}"u8, "gate.json");

        Assert.Empty(problems);
        Assert.Null(policy!.MinAccuracy);
        Assert.Equal(0, policy.MaxRegressions);
        Assert.Empty(policy.MustPassTags);
    }

    [Theory]
    [InlineData("{\n  \"min_acuracy\": 0.8\n}", "gate.json:2: unknown key 'min_acuracy'; did you mean 'min_accuracy'?")]
    [InlineData("{\n  \"min_accuracy\": 0.8,\n  \"colour\": 1\n}", "gate.json:3: unknown key 'colour'; known keys: min_accuracy, min_acceptable_accuracy, min_macro_f1, min_cohen_kappa, max_regressions, must_pass_tags, min_stability, max_advisor_errors, max_removed")]
    [InlineData("{\n\n  \"min_accuracy\": \"high\"\n}", "gate.json:3: 'min_accuracy' must be a number from 0 to 1; for example \"min_accuracy\": 0.8, or null to skip the check")]
    [InlineData("{ \"min_macro_f1\": 1.5 }", "gate.json:1: 'min_macro_f1' must be a number from 0 to 1; for example \"min_macro_f1\": 0.8, or null to skip the check")]
    [InlineData("{ \"min_cohen_kappa\": -2 }", "gate.json:1: 'min_cohen_kappa' must be a number from -1 to 1; for example \"min_cohen_kappa\": 0.8, or null to skip the check")]
    [InlineData("{\n \"max_regressions\": -1 }", "gate.json:2: 'max_regressions' must be a whole number of at least 0; for example \"max_regressions\": 0")]
    [InlineData("{\n \"max_regressions\": 1.5 }", "gate.json:2: 'max_regressions' must be a whole number of at least 0; for example \"max_regressions\": 0")]
    [InlineData("{ \"must_pass_tags\": \"seed-quiz\" }", "gate.json:1: 'must_pass_tags' must be a list of tags; for example \"must_pass_tags\": [\"seed-quiz\", \"seed-exercise\"]")]
    [InlineData("[]", "gate.json:1: the policy must be one JSON object; start the file with { and end it with }")]
    [InlineData("{\n \"min_accuracy\": 0.8\n \"max_regressions\": 0 }", "gate.json:3: not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.; check for a missing comma, quote or brace")]
    public void Parse_BadPolicy_GivesLocatedProblem(string json, string expected)
    {
        var (policy, problems) = GatePolicyReader.Parse(Encoding.UTF8.GetBytes(json), "gate.json");

        Assert.Null(policy);
        Assert.Equal(expected, Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_MissingFile_SaysHowToFix()
    {
        var (policy, problems) = GatePolicyReader.Read("/nonexistent/gate.json");

        Assert.Null(policy);
        Assert.Equal("gate.json:0: gate policy '/nonexistent/gate.json' not found; pass --gate with the path of a gate.json such as fixtures/gate.json", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_BundledPolicy_IsValid()
    {
        var (policy, problems) = GatePolicyReader.Read(Path.Combine(AppContext.BaseDirectory, "fixtures", "gate.json"));

        Assert.Empty(problems);
        Assert.Contains("seed-quiz", policy!.MustPassTags);
    }
}
