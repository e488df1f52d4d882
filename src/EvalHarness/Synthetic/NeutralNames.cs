using Bogus;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Synthetic;

/// <summary>
/// Pools of Bogus names that say nothing to the advisor: no cue word, no number, no clause or sentence break.
/// A name that would (a product called "Generic Voice", a firm "Smith and Sons") is drawn again, so a scenario's
/// label rests on its sentences, and swapping one name for another is a neutral edit.
/// </summary>
internal sealed class NeutralNames
{
    private const int PoolSize = 256;
    private static readonly string[] ProductNouns = ["Assistant", "Copilot", "Desk", "Companion", "Concierge", "Scribe", "Navigator", "Buddy"];

    private NeutralNames(string[] organisations, string[] products, string[] cities, string[] people)
    {
        Organisations = organisations;
        Products = products;
        Cities = cities;
        People = people;
    }

    /// <summary>Organisation names: <c>Schuster Group</c>, <c>Kling - Harber</c>.</summary>
    public IReadOnlyList<string> Organisations { get; }

    /// <summary>Assistant product names: <c>Tasty Concierge</c>, <c>Maud Copilot</c>.</summary>
    public IReadOnlyList<string> Products { get; }

    /// <summary>City names.</summary>
    public IReadOnlyList<string> Cities { get; }

    /// <summary>People's full names.</summary>
    public IReadOnlyList<string> People { get; }

    /// <summary>Draws the pools from a Faker seeded with <paramref name="seed"/>, in the "en" locale.</summary>
    public static NeutralNames Create(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        return new NeutralNames(
            Pool(() => faker.Company.CompanyName(faker.Random.Number(1))),
            Pool(() => $"{(faker.Random.Bool() ? faker.Commerce.ProductAdjective() : faker.Name.FirstName())} {faker.PickRandom(ProductNouns)}"),
            Pool(() => faker.Address.City()),
            Pool(() => faker.Name.FullName()));
    }

    /// <summary>Whether the advisor reads nothing in <paramref name="name"/>: every folded word matches no cue and is not a number.</summary>
    public static bool IsNeutral(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> folded = stackalloc char[name.Length];
        folded = folded[..TextFolder.Fold(name, folded)];
        if (folded.IsEmpty || folded.IndexOfAny(",!") >= 0)
            return false;
        var i = 0;
        while (i < folded.Length)
        {
            if (folded[i] == ' ')
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(folded[i]) || CueCatalog.Trie.Match(folded, i, out _) >= 0)
                return false;
            i = CueTrie.WordEnd(folded, i);
        }

        return true;
    }

    private static string[] Pool(Func<string> draw)
    {
        var pool = new List<string>(PoolSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; pool.Count < PoolSize && attempt < PoolSize * 20; attempt++)
        {
            var name = draw();
            if (IsNeutral(name) && seen.Add(name))
                pool.Add(name);
        }

        return [.. pool];
    }
}
