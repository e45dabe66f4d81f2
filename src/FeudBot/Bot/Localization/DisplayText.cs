using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Localization;

/// <summary>
/// Chooses the words a reader of a reply language sees: the text of the note in that language, or, for
/// zh-Hans readers of a zh-Hant note, that text shown in Simplified characters (the host plugs in the
/// answer engine's Traditional→Simplified display converter; never the other way round).
/// </summary>
public sealed class DisplayText(Func<string, string>? toSimplified = null)
{
    private readonly Func<string, string> _toSimplified = toSimplified ?? (s => s);

    /// <summary>Shows note text written in <paramref name="sourceLanguage"/> to a reader of <paramref name="language"/>.</summary>
    public string Show(string language, string sourceLanguage, string text) =>
        language == ReplyLanguage.SimplifiedChinese && sourceLanguage == ReplyLanguage.TraditionalChinese
            ? _toSimplified(text)
            : text;

    /// <summary>An event's title and text for <paramref name="language"/>, converted for display when needed.</summary>
    public (string Title, string Text) Event(TimelineEvent e, string language)
    {
        var source = e.Texts.TryGetValue(language, out var exact) ? exact
            : language == ReplyLanguage.SimplifiedChinese && e.Texts.TryGetValue(ReplyLanguage.TraditionalChinese, out var hant) ? hant
            : e.TextFor(language);
        return (Show(language, source.Language, source.Title), Show(language, source.Language, source.Text));
    }

    /// <summary>The story's reference list as titled in <paramref name="language"/> (or its closest note).</summary>
    public IReadOnlyList<Reference> References(Story story, string language)
    {
        if (story.Notes.Count == 0) return [];
        var note = NoteFor(story, language);
        return note.References.Select(r => r with { Title = Show(language, note.Language, r.Title) }).ToArray();
    }

    /// <summary>The note a reader of <paramref name="language"/> is shown: theirs, else zh-Hant for zh-Hans, else the first.</summary>
    public static Note NoteFor(Story story, string language) =>
        story.Notes.FirstOrDefault(n => n.Language == language)
        ?? (language == ReplyLanguage.SimplifiedChinese
            ? story.Notes.FirstOrDefault(n => n.Language == ReplyLanguage.TraditionalChinese)
            : null)
        ?? story.Notes[0];
}
