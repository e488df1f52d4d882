namespace EvalHarness.Advice;

/// <summary>Every subset of a short list, indexed by bit mask, made once so advising shares them instead of allocating.</summary>
internal static class MaskSets
{
    /// <summary>For each mask from 0 to 2^n - 1, the items whose bits are set, in list order (bit i = item i).</summary>
    public static T[][] Build<T>(IReadOnlyList<T> items)
    {
        var sets = new T[1 << items.Count][];
        for (var mask = 0; mask < sets.Length; mask++)
        {
            var set = new List<T>();
            for (var i = 0; i < items.Count; i++)
            {
                if ((mask & (1 << i)) != 0)
                    set.Add(items[i]);
            }

            sets[mask] = [.. set];
        }

        return sets;
    }
}
