using System.Globalization;
using System.Text.RegularExpressions;

namespace FeudBot.Bot.Paging;

/// <summary>
/// Encodes a timeline page in a component <c>custom_id</c> and decodes it back, rejecting anything that
/// was not written by <see cref="Encode"/>. The format is versioned so a later layout can coexist with
/// buttons still on old messages: <c>tl1:{action}:{page}:{year}:{person}:{topic}</c>, empty fields for
/// missing filters, the topic last because it may itself contain ':'.
/// Discord allows 1–100 characters (https://discord.com/developers/docs/components/reference#anatomy-of-a-component).
/// </summary>
public static partial class TimelineCustomId
{
    public const string Prefix = "tl1:";

    /// <summary>Highest page number a custom id may carry; far above any real timeline.</summary>
    public const int MaxPage = 9999;

    public static string Encode(TimelineAction action, TimelineQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Page, MaxPage);
        var person = query.Person ?? "";
        if (person.Length > 0 && !PersonPattern().IsMatch(person))
            throw new ArgumentException($"Person id '{person}' cannot be carried in a custom_id.", nameof(query));
        var topic = Sanitize(query.Topic);
        var id = string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}{ActionCode(action)}:{query.Page}:{query.Year}:{person}:{topic}");
        // Cannot happen with the caps above (4+2+5+5+33+40 = 89), checked so a future field cannot break it silently.
        if (id.Length > Rendering.DiscordLimits.CustomIdLength)
            throw new InvalidOperationException($"custom_id '{id}' is over {Rendering.DiscordLimits.CustomIdLength} characters.");
        return id;
    }

    /// <summary>
    /// Decodes a custom id. Returns false (never throws) for ids of other components, older or newer
    /// versions, and ids a client tampered with: out-of-range pages or years, bad person ids, long topics.
    /// </summary>
    public static bool TryDecode(string? customId, out TimelineAction action, out TimelineQuery query)
    {
        action = default;
        query = new TimelineQuery(1);
        if (customId is null || customId.Length > Rendering.DiscordLimits.CustomIdLength
            || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = customId[Prefix.Length..].Split(':', 5);
        if (parts.Length != 5 || !TryParseAction(parts[0], out action)) return false;
        if (!TryParseInt(parts[1], 1, MaxPage, out var page)) return false;

        int? year = null;
        if (parts[2].Length > 0)
        {
            if (!TryParseInt(parts[2], TimelineQuery.MinYear, TimelineQuery.MaxYear, out var y)) return false;
            year = y;
        }

        var person = parts[3].Length == 0 ? null : parts[3];
        if (person is not null && !PersonPattern().IsMatch(person)) return false;

        var topic = parts[4].Length == 0 ? null : parts[4];
        if (topic is not null && (topic.Length > TimelineQuery.TopicMaxLength || Sanitize(topic) != topic)) return false;

        query = new TimelineQuery(page, year, person, topic);
        return true;
    }

    /// <summary>Trims a topic, drops control characters and caps its length so it fits a custom id.</summary>
    public static string Sanitize(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic)) return "";
        var clean = new string(topic.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > TimelineQuery.TopicMaxLength)
        {
            clean = clean[..TimelineQuery.TopicMaxLength];
            // Never leave half a surrogate pair behind.
            if (char.IsHighSurrogate(clean[^1])) clean = clean[..^1];
            clean = clean.TrimEnd();
        }

        return clean;
    }

    private static bool TryParseInt(string text, int min, int max, out int value)
    {
        value = 0;
        // Digits only: no signs, spaces or leading zeros, so one page has exactly one id.
        if (text.Length is 0 or > 5 || !text.All(char.IsAsciiDigit) || (text.Length > 1 && text[0] == '0')) return false;
        value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return value >= min && value <= max;
    }

    private static string ActionCode(TimelineAction action) => action switch
    {
        TimelineAction.First => "f",
        TimelineAction.Previous => "p",
        TimelineAction.Next => "n",
        TimelineAction.Last => "l",
        _ => "s",
    };

    private static bool TryParseAction(string code, out TimelineAction action)
    {
        action = code switch
        {
            "f" => TimelineAction.First,
            "p" => TimelineAction.Previous,
            "n" => TimelineAction.Next,
            "l" => TimelineAction.Last,
            "s" => TimelineAction.Select,
            _ => (TimelineAction)(-1),
        };
        return Enum.IsDefined(action);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonPattern();
}
