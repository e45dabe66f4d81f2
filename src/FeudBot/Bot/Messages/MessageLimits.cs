using FeudBot.Bot.Rendering;

namespace FeudBot.Bot.Messages;

/// <summary>
/// Lists every way a message breaks Discord's limits (<see cref="DiscordLimits"/>). Renderers never
/// produce a violation; the transport logs any it finds before sending, and tests assert on none.
/// </summary>
public static class MessageLimits
{
    /// <remarks>
    /// Runs on every reply before it is sent, so a message within the limits costs no allocation: each problem's
    /// text is made only when the problem is there.
    /// </remarks>
    public static IReadOnlyList<string> Violations(BotMessage message)
    {
        List<string>? problems = null;

        if ((message.Content?.Length ?? 0) > DiscordLimits.ContentLength) Note(ref problems, "content over 2000");
        if (message.Embeds.Count > DiscordLimits.EmbedsPerMessage) Note(ref problems, "more than 10 embeds");
        if (message.Content is not { Length: > 0 } && message.Embeds.Count == 0 && message.Components.Count == 0) Note(ref problems, "empty message");

        var total = 0;
        foreach (var e in message.Embeds)
        {
            if ((e.Title?.Length ?? 0) > DiscordLimits.EmbedTitleLength) Note(ref problems, "embed title over 256");
            if ((e.Description?.Length ?? 0) > DiscordLimits.EmbedDescriptionLength) Note(ref problems, "embed description over 4096");
            if ((e.Footer?.Length ?? 0) > DiscordLimits.EmbedFooterTextLength) Note(ref problems, "embed footer over 2048");
            if (e.Fields.Count > DiscordLimits.EmbedFields) Note(ref problems, "more than 25 fields");
            // Discord trims whitespace before counting; counting untrimmed is stricter, so safe.
            total += (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Length ?? 0);
            foreach (var f in e.Fields)
            {
                if (f.Name.AsSpan().Trim().Length is 0 or > DiscordLimits.EmbedFieldNameLength) Note(ref problems, $"field name '{f.Name}' empty or over 256");
                if (f.Value.AsSpan().Trim().Length is 0 or > DiscordLimits.EmbedFieldValueLength) Note(ref problems, $"field '{f.Name}' value empty or over 1024");
                total += f.Name.Length + f.Value.Length;
            }
        }

        if (total > DiscordLimits.EmbedTotalLength) Note(ref problems, $"embed text totals {total}, over 6000");
        if (message.Components.Count > DiscordLimits.ActionRows) Note(ref problems, "more than 5 action rows");
        HashSet<string>? ids = message.Components.Count == 0 ? null : new(StringComparer.Ordinal);
        foreach (var row in message.Components)
        {
            var selects = row.Components.OfType<BotSelect>().Count();
            if (!(selects == 0 ? row.Components.Count is > 0 and <= DiscordLimits.ButtonsPerRow : row.Components.Count == 1))
                Note(ref problems, "an action row holds 1–5 buttons or exactly one select");
            foreach (var c in row.Components)
            {
                if (c.CustomId.Length is 0 or > DiscordLimits.CustomIdLength) Note(ref problems, $"custom_id '{c.CustomId}' not 1–100 characters");
                if (!ids!.Add(c.CustomId)) Note(ref problems, $"custom_id '{c.CustomId}' used twice in one message");
                if (c is BotButton b && b.Label.Length is 0 or > DiscordLimits.ButtonLabelLength) Note(ref problems, "button label not 1–80");
                if (c is BotSelect s) CheckSelect(s, ref problems);
            }
        }

        return problems ?? (IReadOnlyList<string>)[];
    }

    private static void CheckSelect(BotSelect s, ref List<string>? problems)
    {
        if (s.Options.Count is 0 or > DiscordLimits.SelectOptions) Note(ref problems, "select needs 1–25 options");
        if (s.Placeholder.Length > DiscordLimits.SelectPlaceholderLength) Note(ref problems, "select placeholder over 150");
        if (s.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != s.Options.Count) Note(ref problems, "select option values repeat");
        foreach (var o in s.Options)
        {
            if (o.Label.Length is 0 or > DiscordLimits.SelectOptionTextLength) Note(ref problems, "select option label not 1–100");
            if (o.Value.Length is 0 or > DiscordLimits.SelectOptionTextLength) Note(ref problems, "select option value not 1–100");
            if ((o.Description?.Length ?? 0) > DiscordLimits.SelectOptionTextLength) Note(ref problems, "select option description over 100");
        }
    }

    private static void Note(ref List<string>? problems, string what) => (problems ??= []).Add(what);
}
