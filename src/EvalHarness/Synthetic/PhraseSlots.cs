using System.Text;

namespace EvalHarness.Synthetic;

/// <summary>The values of one scenario's slots, and the writer that fills a phrase's <c>{slot}</c> markers with them.</summary>
internal struct PhraseSlots
{
    /// <summary>The organisation, product, city, person and the branch's number, as written.</summary>
    public string Organisation, Product, City, Person, Number;

    /// <summary>The line of business, for the domain slots.</summary>
    public SyntheticDomain Domain;

    /// <summary>Appends <paramref name="phrase"/> with every slot filled; an unknown slot is a bug in the phrase table and throws.</summary>
    public readonly void AppendTo(StringBuilder text, string phrase)
    {
        var start = 0;
        while (true)
        {
            var open = phrase.IndexOf('{', start);
            if (open < 0)
            {
                text.Append(phrase, start, phrase.Length - start);
                return;
            }

            var close = phrase.IndexOf('}', open);
            text.Append(phrase, start, open - start);
            text.Append(Value(phrase.AsSpan(open + 1, close - open - 1)));
            start = close + 1;
        }
    }

    private readonly string Value(ReadOnlySpan<char> slot) => slot switch
    {
        "org" => Organisation,
        "product" => Product,
        "city" => City,
        "person" => Person,
        "n" => Number,
        "sector" => Domain.Sector,
        "a-sector" => (Domain.Sector[0] is 'a' or 'e' or 'i' or 'o' ? "an " : "a ") + Domain.Sector, // "a university"
        "users" => Domain.Users,
        "items" => Domain.Items,
        "task" => Domain.Task,
        "sources" => Domain.Sources,
        "facts" => Domain.Facts,
        "records" => Domain.Records,
        _ => throw new InvalidOperationException($"Unknown slot '{{{slot}}}' in a synthetic phrase."),
    };
}
