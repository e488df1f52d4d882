using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EvalHarness.Reports;

/// <summary>Copies a whole file into another at an offset: on Linux inside the kernel, elsewhere through a buffer.</summary>
internal static partial class FileRangeCopy
{
    private const int BufferBytes = 1 << 20;

    /// <summary>Writes the bytes of the file at <paramref name="inputPath"/> into <paramref name="output"/> from <paramref name="offset"/> on.</summary>
    /// <remarks>
    /// Several copies may run at once into different ranges of one output. <c>copy_file_range</c> moves the bytes from
    /// page cache to page cache: the buffer's way reads each into this process and writes it back, which at the end of a
    /// million scenarios is 86 MB copied twice while nothing else is left to do.
    /// </remarks>
    public static void CopyInto(SafeFileHandle output, long offset, string inputPath)
    {
        using var input = File.OpenHandle(inputPath);
        var length = RandomAccess.GetLength(input);
        var copied = OperatingSystem.IsLinux() ? CopyInKernel(input, output, offset, length) : 0;
        if (copied < length)
            CopyThroughBuffer(input, output, offset, copied);
    }

    // How much the kernel copied: all of it, or less where it cannot (an old kernel, a file system without support),
    // in which case the buffer copies the rest.
    private static long CopyInKernel(SafeFileHandle input, SafeFileHandle output, long offset, long length)
    {
        long copied = 0;
        // The handles stay open for the whole call (the caller's and ours), so their descriptors stay valid.
        var inputFd = (int)input.DangerousGetHandle();
        var outputFd = (int)output.DangerousGetHandle();
        while (copied < length)
        {
            var from = copied;
            var to = offset + copied;
            var count = CopyFileRange(inputFd, ref from, outputFd, ref to, (nuint)(length - copied), 0);
            if (count <= 0)
                break;
            copied += count;
        }

        return copied;
    }

    /// <summary>
    /// Copies <paramref name="input"/> from byte <paramref name="from"/> on into <paramref name="output"/> at
    /// <paramref name="offset"/> plus <paramref name="from"/>: the whole copy where the kernel cannot make it, or the rest
    /// of one it stopped part way.
    /// </summary>
    internal static void CopyThroughBuffer(SafeFileHandle input, SafeFileHandle output, long offset, long from)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            var read = from;
            int count;
            while ((count = RandomAccess.Read(input, buffer, read)) > 0)
            {
                RandomAccess.Write(output, buffer.AsSpan(0, count), offset + read);
                read += count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LibraryImport("libc", EntryPoint = "copy_file_range", SetLastError = true)]
    private static partial nint CopyFileRange(int inputFd, ref long inputOffset, int outputFd, ref long outputOffset, nuint length, uint flags);
}
