namespace FeudBot.Knowledge.Answers;

/// <summary>Whether a text states a year: four digits 19xx or 20xx standing alone ("in 2015", 2015年), not inside a longer number.</summary>
public static class Years
{
    public static bool Stated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is '1' or '2' && (text[i + 1] is '9' or '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
                return true;
        }
        return false;
    }
}
