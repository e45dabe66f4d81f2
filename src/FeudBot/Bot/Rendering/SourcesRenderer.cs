using System.Globalization;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Rendering;

/// <summary>/sources: the note's numbered reference list with links, titled in the reader's language.</summary>
public sealed class SourcesRenderer(BotText text, DisplayText display)
{
    public BotMessage Render(Story story, string language)
    {
        var lines = display.References(story, language)
            .Select(r => r.Number.ToString(CultureInfo.InvariantCulture) + ". " + Markdown.Link(r.Title, r.Url));
        var description = text.Get(language, TextKey.SourcesIntro) + "\n\n" + string.Join('\n', lines);
        var footer = story.AsOf is { } asOf
            ? text.Format(language, TextKey.AnswerFooter, text.FormatDate(language, asOf))
            : text.Get(language, TextKey.AnswerFooterNoAsOf);
        return BotMessage.Embed(EmbedFitter.Fit(new BotEmbed(text.Get(language, TextKey.SourcesTitle), description, [], footer, EmbedColors.Info)));
    }
}
