using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public sealed class FileRangeCopyTests : IDisposable
{
    private readonly TempFolder _folder = new("file-range-copy-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void CopyInto_Parts_LandAfterWhatTheFileHeld(int partBytes)
    {
        var random = new Random(partBytes);
        var head = new byte[1_001];
        var first = new byte[partBytes];
        var second = new byte[partBytes / 2 + 5];
        random.NextBytes(head);
        random.NextBytes(first);
        random.NextBytes(second);
        var path = _folder["joined.bin"];
        File.WriteAllBytes(path, head);
        File.WriteAllBytes(_folder["first.part"], first);
        File.WriteAllBytes(_folder["second.part"], second);

        using (var output = File.OpenHandle(path, FileMode.Open, FileAccess.Write))
        {
            // In the order the work list's parts are joined: each to its own place, the later one first.
            FileRangeCopy.CopyInto(output, head.Length + first.Length, _folder["second.part"]);
            FileRangeCopy.CopyInto(output, head.Length, _folder["first.part"]);
        }

        Assert.Equal([.. head, .. first, .. second], File.ReadAllBytes(path));
    }
}
