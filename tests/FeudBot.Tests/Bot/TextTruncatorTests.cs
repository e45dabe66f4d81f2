using FeudBot.Bot.Rendering;

namespace FeudBot.Tests.Bot;

public sealed class TextTruncatorTests
{
    [Fact]
    public void Leaves_text_that_fits_alone() => Assert.Equal("short", TextTruncator.Truncate("short", 5));

    [Fact]
    public void Cuts_at_a_line_break()
    {
        var text = "first line is here\nsecond line is longer than the rest";
        var cut = TextTruncator.Truncate(text, 30);
        Assert.Equal("first line is here…", cut);
    }

    [Fact]
    public void Cuts_at_a_chinese_sentence_end()
    {
        var text = "馬斯克創立了xAI。他推出了Grok來挑戰ChatGPT，並與X平台整合在一起";
        var cut = TextTruncator.Truncate(text, 20);
        Assert.Equal("馬斯克創立了xAI。…", cut);
    }

    [Fact]
    public void Does_not_treat_a_decimal_point_as_a_sentence_end()
    {
        var text = "He offered 97.4 billion dollars for the company and was refused";
        var cut = TextTruncator.Truncate(text, 25);
        Assert.Equal("He offered 97.4 billion…", cut);
    }

    [Fact]
    public void Never_cuts_inside_a_markdown_link()
    {
        var text = "See [Musk sues OpenAI over its mission](https://example.com/a/very/long/path) for more.";
        var cut = TextTruncator.Truncate(text, 50);
        Assert.Equal("See…", cut);
        Assert.DoesNotContain("](", cut);
    }

    [Fact]
    public void Never_cuts_inside_a_citation_link()
    {
        var text = "Musk sued OpenAI in 2024 [[2]](<https://www.techrepublic.com/article/news-elon-musk>) and more";
        var cut = TextTruncator.Truncate(text, 40);
        Assert.Equal("Musk sued OpenAI in 2024…", cut);
    }

    [Fact]
    public void Never_cuts_inside_a_bare_url()
    {
        var text = "Read https://www.theguardian.com/technology/2025/sep/25/elon-musk-xai-openai now";
        var cut = TextTruncator.Truncate(text, 40);
        Assert.Equal("Read…", cut);
    }

    [Fact]
    public void Keeps_a_link_that_ends_before_the_cut()
    {
        var text = "[1](https://a.example/x) then many more words follow here without any stop at all";
        var cut = TextTruncator.Truncate(text, 40);
        Assert.StartsWith("[1](https://a.example/x)", cut);
        Assert.True(cut.Length <= 40);
    }

    [Fact]
    public void Never_splits_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀😀😀😀";
        var cut = TextTruncator.Truncate(text, 11);
        Assert.True(cut.Length <= 11);
        Assert.False(cut.Any(char.IsHighSurrogate) && !cut.Any(char.IsLowSurrogate));
        Assert.Equal(cut.Count(char.IsHighSurrogate), cut.Count(char.IsLowSurrogate));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1024)]
    [InlineData(4096)]
    public void Result_always_fits(int max)
    {
        var text = string.Concat(Enumerable.Repeat("馬斯克對OpenAI提起訴訟。 [2](https://example.com/2) Musk sued.\n", 300));
        Assert.InRange(TextTruncator.Truncate(text, max).Length, 1, max);
    }
}
