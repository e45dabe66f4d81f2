using System.Runtime.CompilerServices;
using System.Text;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Decides the language of a question: <c>zh-Hant</c>, <c>zh-Hans</c> or <c>en</c>. The question's own
/// script wins when it is clear: Traditional-only characters (麼 馬 為) mean zh-Hant, Simplified-only
/// ones (么 马 为) zh-Hans, the majority deciding a mix; a question that is mostly Latin is English.
/// Chinese written only with characters both scripts share falls back to the hint, then zh-Hant (the
/// note's own language).
/// </summary>
public static class QuestionLanguage
{
    public const string Traditional = "zh-Hant";
    public const string Simplified = "zh-Hans";
    public const string English = "en";

    /// <summary>Detects the language of <paramref name="question"/>; <paramref name="hint"/> is a locale such as zh-TW or en-US.</summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Detect(string question, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        int han = 0, latin = 0, traditional = 0, simplified = 0;
        foreach (var rune in question.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && rune.Value < 0x0250) latin++;
            else if (ChineseScript.IsHan(rune.Value))
            {
                han++;
                if (ChineseFold.IsTraditionalOnly(rune.Value)) traditional++;
                else if (ChineseFold.IsSimplifiedOnly(rune.Value)) simplified++;
            }
        }
        var hinted = Canonical(hint);
        // Names are often written in Latin inside Chinese ("Sam Altman是誰？"): a question with Han characters is
        // English only when it also has English grammar words and the Latin part is the larger.
        if (han == 0) return latin == 0 && hinted is not null ? hinted : English;
        if (latin >= han && HasEnglishGrammar(question)) return English;
        if (traditional > simplified) return Traditional;
        if (simplified > traditional) return Simplified;
        return hinted is Traditional or Simplified ? hinted : Traditional;
    }

    /// <summary>Maps a locale or language tag (zh-TW, zh_CN, zh-Hant-HK, en-GB) to one of the three, or null.</summary>
    public static string? Canonical(string? tag)
    {
        // The hints the bot passes on every question, without lower-casing a copy of each (the same results as below).
        switch (tag)
        {
            case "en" or "en-US" or "en-GB": return English;
            case "zh-Hant" or "zh-TW" or "zh-HK": return Traditional;
            case "zh-Hans" or "zh-CN": return Simplified;
        }
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var t = tag.Trim().Replace('_', '-').ToLowerInvariant();
        if (t.StartsWith("en", StringComparison.Ordinal)) return English;
        if (!t.StartsWith("zh", StringComparison.Ordinal)) return null;
        if (t.Contains("hans", StringComparison.Ordinal) || t is "zh-cn" or "zh-sg" or "zh-my" or "zh") return t == "zh" ? Traditional : Simplified;
        return Traditional;
    }

    private static readonly string[] GrammarWords =
        ["what", "who", "when", "why", "how", "which", "where", "is", "are", "was", "were", "did", "does", "do", "the", "a", "an", "of", "about", "say", "said"];

    private static bool HasEnglishGrammar(string question)
    {
        var start = -1;
        for (var i = 0; i <= question.Length; i++)
        {
            var letter = i < question.Length && char.IsAsciiLetter(question[i]);
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            var word = question.AsSpan(start, i - start);
            foreach (var g in GrammarWords)
            {
                if (word.Equals(g, StringComparison.OrdinalIgnoreCase)) return true;
            }
            start = -1;
        }
        return false;
    }
}
