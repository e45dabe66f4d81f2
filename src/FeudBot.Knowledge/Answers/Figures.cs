namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Whether a sentence states a figure (an amount or count): digits other than a bare four-digit year, or a
/// magnitude word (百万, 亿, million, billion). "In 2015, ..." has digits but no figure.
/// </summary>
public static class Figures
{
    private static readonly string[] Magnitudes = ["百万", "百萬", "千万", "千萬", "億", "亿", "萬", "万", "million", "billion", "trillion", "thousand", "hundred"];

    public static bool Has(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PhraseScan.AnyIn(text, Magnitudes)) return true;
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                continue;
            }
            // A run that is not exactly a year (19xx/20xx), or a year followed by a decimal point, is a figure.
            if (run > 0 && !(run == 4 && (text[i - 4] is '1' or '2') && (i == text.Length || text[i] != '.'))) return true;
            run = 0;
        }
        return false;
    }
}
