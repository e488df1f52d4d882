using System.Text;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public class ScenarioBatchTests
{
    [Fact]
    public void PrefetchAfter_EveryIndexOfAPartlyFilledBatch_StaysInsideTheBatchAndChangesNothing()
    {
        // Five scenarios in room for eight: the empty slots after them are null, so a look past Count would throw.
        var batch = new ScenarioBatch(8);
        Scenario[] scenarios =
        [
            new("a", Encoding.UTF8.GetBytes("Few-shot prompting already works for our tickets.")),
            new("b", "Made in code, so its text is a string."),
            new("c", Array.Empty<byte>()),
            new("d", Encoding.UTF8.GetBytes("Antworten im Stil unserer Marke, bitte.")),
            new("e", Encoding.UTF8.GetBytes("Our private wiki changes daily.")),
        ];
        batch.Fill(scenarios, _ => []);

        for (var i = 0; i < batch.Count; i++)
            batch.PrefetchAfter(i);

        Assert.Equal(scenarios, batch.Scenarios[..batch.Count]);
        Assert.Equal("Few-shot prompting already works for our tickets.", batch.Scenarios[0].Text);
        Assert.Equal(string.Empty, batch.Scenarios[2].Text);
    }
}
