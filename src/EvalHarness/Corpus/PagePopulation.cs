using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EvalHarness.Corpus;

/// <summary>
/// Maps the pages of arrays just ahead of where they are being filled, on a pool thread: the first write to each page of
/// fresh memory otherwise stops the filling thread for a fault of several microseconds in a virtual machine, and the
/// labels of a million scenarios touch some 12,000 pages while every run waits for them (see "Back towards the budget
/// (session 13)" in docs/performance.md). Asks Linux (5.14 and later) with <c>madvise(MADV_POPULATE_WRITE)</c>, which maps
/// the pages as a write would without writing, so the arrays' contents and the thread filling them are left alone.
/// Elsewhere, or when the kernel refuses, nothing happens and the pages fault in as they are written.
/// </summary>
internal sealed class PagePopulation
{
    private const int PopulateWrite = 23; // MADV_POPULATE_WRITE
    private const int PageBytes = 4096;
    private static volatile bool _unsupported = !OperatingSystem.IsLinux();
    private readonly List<(Array Array, long From, long To)> _ranges = [];

    /// <summary>Adds the pages of elements <paramref name="from"/> to <paramref name="to"/> (exclusive) of an array, clipped to it.</summary>
    public unsafe PagePopulation Add<T>(T[] array, long from, long to) where T : unmanaged
    {
        to = Math.Min(to, array.Length);
        if (from < to)
            _ranges.Add((array, from * sizeof(T), to * sizeof(T)));
        return this;
    }

    /// <summary>Maps the pages added, in order, on a pool thread; returns at once.</summary>
    public void Start()
    {
        if (_unsupported || _ranges.Count == 0)
            return;
        ThreadPool.UnsafeQueueUserWorkItem(static pages => pages.Populate(), this, preferLocal: false);
    }

    /// <summary>Maps the pages added, in order, on this thread.</summary>
    internal unsafe void Populate()
    {
        foreach (var (array, from, to) in _ranges)
        {
            if (_unsupported)
                return;
            // Pinned while the kernel maps its pages; only whole pages inside the range, so nothing outside it is mapped.
            var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
            try
            {
                var start = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
                var first = (start + from + PageBytes - 1) & ~(long)(PageBytes - 1);
                var last = (start + to) & ~(long)(PageBytes - 1);
                if (last > first && Madvise((nint)first, (nuint)(last - first), PopulateWrite) != 0)
                    _unsupported = true; // an older kernel (EINVAL): no point asking again
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _unsupported = true;
            }
            finally
            {
                handle.Free();
            }
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
