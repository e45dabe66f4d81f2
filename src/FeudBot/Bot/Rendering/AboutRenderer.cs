using System.Globalization;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// /about: the note, its as-of date, the number of events, the reply languages, how answers are made,
/// the version, and when the snapshot was loaded (as a Discord timestamp, shown in each reader's zone).
/// </summary>
public sealed class AboutRenderer(BotText text, DisplayText display)
{
    public BotMessage Render(AboutInfo about, string language)
    {
        var story = about.Snapshot.Primary;
        var note = DisplayText.NoteFor(story, language);
        var unknown = text.Get(language, TextKey.Unknown);
        var languages = string.Join(text.Get(language, TextKey.ListSeparator), ReplyLanguage.All.Select(l => text.LanguageName(language, l)));
        var loaded = string.Create(CultureInfo.InvariantCulture, $"<t:{about.LoadedAt.ToUnixTimeSeconds()}:f>");
        var fields = new List<BotEmbedField>
        {
            new(text.Get(language, TextKey.AboutNote), display.Show(language, note.Language, note.Title)),
            new(text.Get(language, TextKey.AboutAsOf), story.AsOf is { } a ? text.FormatDate(language, a) : unknown, Inline: true),
            new(text.Get(language, TextKey.AboutEvents), story.Events.Count.ToString(CultureInfo.InvariantCulture), Inline: true),
            new(text.Get(language, TextKey.AboutLanguages), languages, Inline: true),
            new(text.Get(language, TextKey.AboutHow), text.Get(language, TextKey.AboutHowText)),
            new(text.Get(language, TextKey.AboutVersion), about.Version, Inline: true),
            new(text.Get(language, TextKey.AboutLoaded), loaded, Inline: true),
            new(text.Get(language, TextKey.AboutSnapshot), about.Snapshot.Version.Length > 12 ? about.Snapshot.Version[..12] : about.Snapshot.Version, Inline: true),
        };
        var embed = new BotEmbed(text.Get(language, TextKey.AboutTitle), text.Get(language, TextKey.AboutDescription), fields, null, EmbedColors.Info);
        return BotMessage.Embed(EmbedFitter.Fit(embed));
    }
}
