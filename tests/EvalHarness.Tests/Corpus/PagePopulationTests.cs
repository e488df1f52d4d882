using EvalHarness.Corpus;

namespace EvalHarness.Tests.Corpus;

public class PagePopulationTests
{
    [Fact]
    public void Populate_WrittenArray_KeepsEveryValue()
    {
        // The pages are mapped as a write would map them, without writing: what the filling thread wrote stays.
        var values = GC.AllocateUninitializedArray<int>(1 << 20);
        for (var i = 0; i < values.Length; i++)
            values[i] = i * 7 + 1;

        new PagePopulation().Add(values, 0, values.Length).Add(values, 100, 200).Populate();

        for (var i = 0; i < values.Length; i++)
            Assert.Equal(i * 7 + 1, values[i]);
    }

    [Fact]
    public void Add_RangePastTheEnd_IsClippedToTheArray()
    {
        var values = new long[10];
        values[9] = 42;

        new PagePopulation().Add(values, 5, 1_000_000).Add(values, 20, 30).Add(values, 3, 3).Populate();

        Assert.Equal(42, values[9]);
    }

    [Fact]
    public void Populate_FreshArrayOnLinux_LeavesItsWritesWithoutPageFaults()
    {
        if (!OperatingSystem.IsLinux())
            return; // elsewhere the pages fault in as they are written, as before
        const int pages = 8192;
        var fresh = GC.AllocateUninitializedArray<byte>(pages * 4096);
        new PagePopulation().Add(fresh, 0, fresh.Length).Populate();

        var before = MinorFaultsOfThisThread();
        for (var i = 0; i < fresh.Length; i += 4096)
            fresh[i] = 1;
        var faults = MinorFaultsOfThisThread() - before;

        // Without the population each page written for the first time is a fault (or the memory was in use before,
        // in which case neither way faults); a few may still come from whatever else this thread touches.
        Assert.InRange(faults, 0, pages / 8);
    }

    private static long MinorFaultsOfThisThread()
    {
        // /proc/thread-self/stat: "pid (comm) state ppid ..." with the minor faults the 10th field, counted from after the name.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
    }
}
