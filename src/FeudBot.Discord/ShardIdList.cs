using System.Globalization;

namespace FeudBot.Discord;

/// <summary>
/// Parses <c>Discord:ShardIds</c>, the shards one process runs: ranges and single ids separated by commas,
/// e.g. <c>"0-1"</c>, <c>"2,3"</c> or <c>"0-3,8"</c>.
/// </summary>
public static class ShardIdList
{
    /// <summary>
    /// The ids in <paramref name="text"/>, ascending and distinct; false with <paramref name="error"/> naming the bad part
    /// when the text is malformed, an id is outside <c>0..shardCount-1</c>, or an id repeats.
    /// </summary>
    public static bool TryParse(string text, int shardCount, out IReadOnlyList<int> ids, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new SortedSet<int>();
        ids = [];
        error = null;
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            string[] bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsNumber))
            {
                error = $"'{part}' is not a shard id or a range such as 0-3";
                return false;
            }

            int first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            int last = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (first > last)
            {
                error = $"the range '{part}' runs backwards";
                return false;
            }

            if (last >= shardCount)
            {
                error = $"shard {last} is not below Discord:ShardCount ({shardCount})";
                return false;
            }

            for (int id = first; id <= last; id++)
            {
                if (!result.Add(id))
                {
                    error = $"shard {id} is listed twice";
                    return false;
                }
            }
        }

        ids = [.. result];
        return true;
    }

    private static bool IsNumber(string s) => s.Length is > 0 and < 10 && s.All(char.IsAsciiDigit);
}
