using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// A note's language code (<c>zh-Hant</c>, <c>zh-Hans</c>, <c>en</c>, <c>ja</c>): from the front matter
/// <c>lang</c> key when it names one, else from the script of the text.
/// </summary>
internal static class NoteLanguage
{
    public const string Hant = "zh-Hant";
    public const string Hans = "zh-Hans";
    public const string English = "en";
    public const string Japanese = "ja";

    /// <summary>Maps a front-matter value (hant, zh-TW, zh_Hans, english, ja-JP...) to a code, or null.</summary>
    public static string? FromFrontMatter(string? value)
    {
        var v = value?.Trim().ToLowerInvariant().Replace('_', '-');
        return v switch
        {
            null or "" => null,
            "hant" or "zh-hant" or "zh-tw" or "zh-hk" or "zh-mo" or "tc" or "zh-hant-tw" => Hant,
            "hans" or "zh-hans" or "zh-cn" or "zh-sg" or "sc" or "zh" or "zh-hans-cn" => Hans,
            "en" or "english" => English,
            "ja" or "jp" or "japanese" => Japanese,
            _ when v.StartsWith("en-", StringComparison.Ordinal) => English,
            _ when v.StartsWith("ja-", StringComparison.Ordinal) => Japanese,
            _ => null,
        };
    }

    /// <summary>Guesses the language from the script: kana → ja, Han → zh-Hant/zh-Hans by script-only characters, else en.</summary>
    public static string FromScript(string text)
    {
        int han = 0, kana = 0, latin = 0, trad = 0, simp = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF' && c != '\u30FB') kana++;
            else if (ChineseScript.IsHan(c))
            {
                han++;
                // The project's fold table tells the scripts apart (the same test QuestionLanguage uses).
                if (ChineseFold.IsTraditionalOnly(c)) trad++;
                else if (ChineseFold.IsSimplifiedOnly(c)) simp++;
            }
            else if (char.IsAsciiLetter(c)) latin++;
        }
        if (kana > 0 && kana * 20 >= han) return Japanese;
        if (han > 0 && han * 2 >= latin / 3) return simp > trad ? Hans : Hant;
        return English;
    }
}
