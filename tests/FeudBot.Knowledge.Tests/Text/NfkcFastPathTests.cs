using System.Text;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

/// <summary>
/// <see cref="TextNormalizer"/> skips the ICU NFKC check for text it calls stable: that must only ever be text NFKC
/// leaves exactly as it is, alone and next to each other.
/// </summary>
public class NfkcFastPathTests
{
    private static IEnumerable<char> StableChars() =>
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c) && TextNormalizer.IsStableUnderNfkc(c.ToString()));

    [Fact]
    public void EveryCharacterCalledStableIsItsOwnNfkc()
    {
        var stable = StableChars().ToList();
        Assert.True(stable.Count > 20_000);
        Assert.All(stable, c => Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormKC)));
    }

    [Fact]
    public void StringsOfStableCharactersAreTheirOwnNfkc()
    {
        var stable = StableChars().ToArray();
        var random = new Random(20251128);
        for (var n = 0; n < 20_000; n++)
        {
            var s = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => stable[random.Next(stable.Length)]).ToArray());
            Assert.True(TextNormalizer.IsStableUnderNfkc(s));
            Assert.Equal(s, s.Normalize(NormalizationForm.FormKC));
        }
    }

    [Theory]
    [InlineData("ｆｕｌｌ")] // full-width forms
    [InlineData("①")] // circled digit: compatibility decomposition
    [InlineData("e\u0301")] // combining accent composes
    [InlineData("\uF900")] // CJK compatibility ideograph
    [InlineData("\u3000")] // ideographic space
    public void TextNfkcChangesIsNotCalledStable(string text)
    {
        Assert.False(TextNormalizer.IsStableUnderNfkc(text));
        Assert.NotEqual(text, text.Normalize(NormalizationForm.FormKC));
    }
}
