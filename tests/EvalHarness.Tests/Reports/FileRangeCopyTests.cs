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

    // The way every system but Linux copies, and the way Linux finishes a copy the kernel stopped part way: tested here
    // directly, since on Linux the kernel makes every copy of the test above.
    [Theory]
    [InlineData(0)]
    [InlineData(4_000)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void CopyThroughBuffer_FromAnyPoint_WritesTheRestInItsPlace(int from)
    {
        var random = new Random(from);
        var head = new byte[1_001];
        var part = new byte[3 * 1024 * 1024 + 17];
        random.NextBytes(head);
        random.NextBytes(part);
        var path = _folder["joined.bin"];
        // What a copy stopped at byte 'from' left, marked with zeros that the rest of the copy must not touch.
        var done = new byte[from];
        File.WriteAllBytes(path, [.. head, .. done]);
        File.WriteAllBytes(_folder["part"], part);

        using (var output = File.OpenHandle(path, FileMode.Open, FileAccess.Write))
        using (var input = File.OpenHandle(_folder["part"]))
            FileRangeCopy.CopyThroughBuffer(input, output, head.Length, from);

        Assert.Equal([.. head, .. done, .. part.AsSpan(from)], File.ReadAllBytes(path));
    }
}
