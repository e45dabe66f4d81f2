using FeudBot.Bot.Messages;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// Makes an embed fit Discord's limits: each part cut to its own limit, then the description (the only
/// open-ended part) cut to what the 6000-character total leaves. Cuts go through
/// <see cref="TextTruncator"/>, so they fall on line breaks or sentence ends and never inside a link.
/// </summary>
public static class EmbedFitter
{
    public static BotEmbed Fit(BotEmbed embed)
    {
        var title = Cut(embed.Title, DiscordLimits.EmbedTitleLength);
        var footer = Cut(embed.Footer, DiscordLimits.EmbedFooterTextLength);
        var fields = embed.Fields.Take(DiscordLimits.EmbedFields)
            .Select(f => f with
            {
                Name = TextTruncator.Truncate(f.Name, DiscordLimits.EmbedFieldNameLength),
                Value = TextTruncator.Truncate(f.Value, DiscordLimits.EmbedFieldValueLength),
            })
            .ToArray();

        var used = (title?.Length ?? 0) + (footer?.Length ?? 0) + fields.Sum(f => f.Name.Length + f.Value.Length);
        var room = Math.Min(DiscordLimits.EmbedDescriptionLength, DiscordLimits.EmbedTotalLength - used);
        var description = embed.Description is null ? null
            : room >= TextTruncator.Ellipsis.Length ? TextTruncator.Truncate(embed.Description, room)
            : null;
        return embed with { Title = title, Description = description, Footer = footer, Fields = fields };
    }

    private static string? Cut(string? text, int max) => text is null ? null : TextTruncator.Truncate(text, max);
}
