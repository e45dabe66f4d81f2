using System.Text;

namespace FeudBot.Bot.Localization;

/// <summary>
/// Picks the language of a reply: the question's own script when it is clearly Chinese or clearly
/// Latin, otherwise the interaction's locale (issue 5, "Language"). Which Chinese script a question is
/// written in is the answer engine's call; here a Chinese question keeps the locale's Chinese variant,
/// or Traditional (the note's own script) when the locale is not Chinese.
/// </summary>
public static class ReplyLanguageResolver
{
    /// <summary>How many more letters of one kind than the other make a script "clear".</summary>
    private const int ClearMargin = 2;

    public static string Resolve(string? discordLocale, string? question)
    {
        var fromLocale = LocaleMapper.FromDiscordLocale(discordLocale);
        if (string.IsNullOrWhiteSpace(question)) return fromLocale;

        var (han, latin) = CountLetters(question);
        if (han >= ClearMargin && han > latin)
        {
            return fromLocale == ReplyLanguage.English ? ReplyLanguage.TraditionalChinese : fromLocale;
        }

        // A Latin question from a Chinese locale is answered in English only when it has no Han at all:
        // "OpenAI 是什麼" mixes both and is Chinese.
        if (han == 0 && latin >= ClearMargin * 2) return ReplyLanguage.English;
        return fromLocale;
    }

    private static (int Han, int Latin) CountLetters(string text)
    {
        int han = 0, latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHan(rune)) han++;
            else if (rune.IsAscii && Rune.IsLetter(rune)) latin++;
        }

        return (han, latin);
    }

    private static bool IsHan(Rune rune)
    {
        var v = rune.Value;
        // CJK Unified Ideographs, Extension A, compatibility ideographs, Extensions B–F (SIP).
        return v is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x2FA1F;
    }
}
