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

    // Characters whose Traditional and Simplified forms differ and that are common in any Chinese prose.
    private const string TraditionalOnly = "們這與為國會說對時來後個們經開關發無並當於從門問間實現體點學車長東員見過還進種麼樣戰強請讓認許該證議論";
    private const string SimplifiedOnly = "们这与为国会说对时来后个们经开关发无并当于从门问间实现体点学车长东员见过还进种么样战强请让认许该证议论";

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

    /// <summary>Guesses the language from the script: kana → ja, Han → zh-Hant/zh-Hans by telltale characters, else en.</summary>
    public static string FromScript(string text)
    {
        int han = 0, kana = 0, latin = 0, trad = 0, simp = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF' && c != '\u30FB') kana++;
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                if (TraditionalOnly.Contains(c)) trad++;
                else if (SimplifiedOnly.Contains(c)) simp++;
            }
            else if (char.IsAsciiLetter(c)) latin++;
        }
        if (kana > 0 && kana * 20 >= han) return Japanese;
        if (han > 0 && han * 2 >= latin / 3) return simp > trad ? Hans : Hant;
        return English;
    }
}
