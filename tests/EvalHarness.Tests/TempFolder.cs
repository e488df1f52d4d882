namespace EvalHarness.Tests;

/// <summary>A new, empty folder under the temp path for one test class, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder; <paramref name="prefix"/> names it, so a leftover says which tests made it.</summary>
    public TempFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of an entry of the folder.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A virus scanner may hold a file for a moment; a leftover temp folder is harmless.
        }
    }
}
