using System.Globalization;

namespace EvalHarness.Tests;

/// <summary>Runs a test under another culture (current, UI and the default for new threads) and restores the previous ones on dispose.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _current = CultureInfo.CurrentCulture;
    private readonly CultureInfo _currentUi = CultureInfo.CurrentUICulture;
    private readonly CultureInfo? _threadDefault = CultureInfo.DefaultThreadCurrentCulture;

    /// <summary>Switches to the named culture, such as <c>tr-TR</c>.</summary>
    public CultureScope(string name)
    {
        var culture = new CultureInfo(name);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
    }

    /// <summary>Restores the cultures in force before.</summary>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _current;
        CultureInfo.CurrentUICulture = _currentUi;
        CultureInfo.DefaultThreadCurrentCulture = _threadDefault;
    }
}
