using FeudBot.Bot.Rendering;

namespace FeudBot.Bot.Messages;

/// <summary>
/// Lists every way a message breaks Discord's limits (<see cref="DiscordLimits"/>). Renderers never
/// produce a violation; the transport logs any it finds before sending, and tests assert on none.
/// </summary>
public static class MessageLimits
{
    public static IReadOnlyList<string> Violations(BotMessage message)
    {
        var problems = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok) problems.Add(what);
        }

        Check((message.Content?.Length ?? 0) <= DiscordLimits.ContentLength, "content over 2000");
        Check(message.Embeds.Count <= DiscordLimits.EmbedsPerMessage, "more than 10 embeds");
        Check(message.Content is { Length: > 0 } || message.Embeds.Count > 0 || message.Components.Count > 0, "empty message");

        var total = 0;
        foreach (var e in message.Embeds)
        {
            Check((e.Title?.Length ?? 0) <= DiscordLimits.EmbedTitleLength, "embed title over 256");
            Check((e.Description?.Length ?? 0) <= DiscordLimits.EmbedDescriptionLength, "embed description over 4096");
            Check((e.Footer?.Length ?? 0) <= DiscordLimits.EmbedFooterTextLength, "embed footer over 2048");
            Check(e.Fields.Count <= DiscordLimits.EmbedFields, "more than 25 fields");
            foreach (var f in e.Fields)
            {
                Check(f.Name.Trim().Length is > 0 and <= DiscordLimits.EmbedFieldNameLength, $"field name '{f.Name}' empty or over 256");
                Check(f.Value.Trim().Length is > 0 and <= DiscordLimits.EmbedFieldValueLength, $"field '{f.Name}' value empty or over 1024");
            }

            // Discord trims whitespace before counting; counting untrimmed is stricter, so safe.
            total += (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Length ?? 0)
                     + e.Fields.Sum(f => f.Name.Length + f.Value.Length);
        }

        Check(total <= DiscordLimits.EmbedTotalLength, $"embed text totals {total}, over 6000");
        Check(message.Components.Count <= DiscordLimits.ActionRows, "more than 5 action rows");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in message.Components)
        {
            var selects = row.Components.OfType<BotSelect>().Count();
            Check(selects == 0 ? row.Components.Count is > 0 and <= DiscordLimits.ButtonsPerRow : row.Components.Count == 1,
                "an action row holds 1–5 buttons or exactly one select");
            foreach (var c in row.Components)
            {
                Check(c.CustomId.Length is > 0 and <= DiscordLimits.CustomIdLength, $"custom_id '{c.CustomId}' not 1–100 characters");
                Check(ids.Add(c.CustomId), $"custom_id '{c.CustomId}' used twice in one message");
                if (c is BotButton b) Check(b.Label.Length is > 0 and <= DiscordLimits.ButtonLabelLength, "button label not 1–80");
                if (c is BotSelect s) CheckSelect(s, Check);
            }
        }

        return problems;
    }

    private static void CheckSelect(BotSelect s, Action<bool, string> check)
    {
        check(s.Options.Count is > 0 and <= DiscordLimits.SelectOptions, "select needs 1–25 options");
        check(s.Placeholder.Length <= DiscordLimits.SelectPlaceholderLength, "select placeholder over 150");
        check(s.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() == s.Options.Count, "select option values repeat");
        foreach (var o in s.Options)
        {
            check(o.Label.Length is > 0 and <= DiscordLimits.SelectOptionTextLength, "select option label not 1–100");
            check(o.Value.Length is > 0 and <= DiscordLimits.SelectOptionTextLength, "select option value not 1–100");
            check((o.Description?.Length ?? 0) <= DiscordLimits.SelectOptionTextLength, "select option description over 100");
        }
    }
}
