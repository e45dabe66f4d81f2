using FeudBot.Llm;

namespace FeudBot.Tests.Llm;

public sealed class AnswerVerifierTests
{
    private readonly AnswerVerifier _verifier = new();

    [Theory]
    [InlineData("zh-Hant", "馬斯克曾試圖以974億美元收購OpenAI，遭到拒絕[2]。", new[] { 2 })]
    [InlineData("zh-Hant", "２０２５年２月，馬斯克試圖以９７４億美元收購OpenAI[2][7]。", new[] { 2, 7 })] // full-width digits
    [InlineData("zh-Hant", "馬斯克多次稱奧特曼為「小指頭」[5]。奧特曼曾視馬斯克為「人類的瑰寶」[5]。", new[] { 5 })]
    [InlineData("zh-Hans", "2025年2月，马斯克试图以974亿美元收购OpenAI，遭到拒绝[2]。", new[] { 2 })]
    [InlineData("zh-Hans", "马斯克称奥特曼为「小指头」[5]。", new[] { 5 })] // quote folded Simplified → Traditional passage
    [InlineData("en", "In February 2025 Musk offered $97.4 billion for OpenAI [2]. OpenAI flatly rejected it [7].", new[] { 2, 7 })]
    [InlineData("en", "Musk offered 97.4bn dollars [2]. That is 97,400,000,000 dollars [7].", new[] { 2, 7 })]
    [InlineData("en", "Musk has called Altman \"Little Finger\" [5].", new[] { 5 })] // glossary alias of 小指頭
    [InlineData("en", "Musk called Altman “Scam Altman” during the August 2025 row over Apple [6].", new[] { 6 })]
    [InlineData("en", "<think>The passages say 974億, i.e. 97.4 billion. Maybe 100 billion?</think>\nMusk offered $97.4 billion [2].", new[] { 2 })]
    [InlineData("en", "Musk and Altman co-founded OpenAI in 2015. [1]\nIt was a non-profit. [2]", new[] { 1, 2 })] // marker after the stop
    [InlineData("zh-Hant", "馬斯克稱奧特曼為「小指頭。」[5]", new[] { 5 })] // marker after a closing quote
    public void Accepts_grounded_answers(string language, string reply, int[] cited)
    {
        var result = _verifier.Verify(reply, LlmTestData.Context(language));

        Assert.True(result.Passed, $"{result.Failure}: {result.Detail}");
        Assert.Equal(cited, result.CitedNumbers);
        Assert.DoesNotContain("<think>", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "", FallbackReason.Empty)]
    [InlineData("en", "<think>I cannot tell from these passages</think>", FallbackReason.Empty)]
    [InlineData("en", "<think>unclosed reasoning that never ends", FallbackReason.Empty)]
    [InlineData("en", "NOT_IN_NOTE", FallbackReason.NotInNote)]
    [InlineData("zh-Hant", "<think>沒有</think> NOT_IN_NOTE", FallbackReason.NotInNote)]
    [InlineData("en", "Musk offered $97.4 billion for OpenAI [2]. OpenAI said no.", FallbackReason.UncitedSentence)]
    [InlineData("zh-Hant", "馬斯克出價974億美元[2]。OpenAI拒絕了", FallbackReason.UncitedSentence)]
    [InlineData("en", "Musk offered $97.4 billion for OpenAI [9].", FallbackReason.UnknownReference)]
    [InlineData("en", "Musk offered $97.4 billion for OpenAI [0].", FallbackReason.UnknownReference)]
    [InlineData("en", "Musk offered $98 billion for OpenAI [2].", FallbackReason.UnsupportedNumber)]
    [InlineData("en", "Musk offered $97.4 million for OpenAI [2].", FallbackReason.UnsupportedNumber)]
    [InlineData("en", "Musk made the offer in 2019 [2].", FallbackReason.UnsupportedNumber)]
    [InlineData("en", "Musk offered $97.4 billion for OpenAI [1].", FallbackReason.UnsupportedNumber)] // true, but ref 1 does not say it
    [InlineData("zh-Hant", "馬斯克稱奧特曼為「騙子」[5]。", FallbackReason.UnsupportedQuote)]
    [InlineData("en", "Musk called Altman \"a liar\" [5].", FallbackReason.UnsupportedQuote)]
    [InlineData("en", "Musk offered $97.4 billion [2]. See https://example.com/x [2].", FallbackReason.Link)]
    [InlineData("en", "Musk offered $97.4 billion, per builtin.com [2].", FallbackReason.Link)]
    [InlineData("en", "Musk offered $97.4 billion [the bid](<http://evil.test>) [2].", FallbackReason.Link)]
    [InlineData("en", "Musk offered $97.4 billion [2]. www.evil.test [2].", FallbackReason.Link)]
    [InlineData("en", "@everyone Musk offered $97.4 billion [2].", FallbackReason.Mention)]
    [InlineData("en", "Musk offered $97.4 billion [2]. @here", FallbackReason.Mention)]
    [InlineData("en", "Musk offered $97.4 billion <@123456789012345678> [2].", FallbackReason.Mention)]
    [InlineData("en", "Musk offered $97.4 billion <@&123456789012345678> [2].", FallbackReason.Mention)]
    [InlineData("en", "＠ｅｖｅｒｙｏｎｅ Musk offered $97.4 billion [2].", FallbackReason.Mention)]
    [InlineData("zh-Hant", "Musk offered $97.4 billion for OpenAI [2].", FallbackReason.WrongLanguage)]
    [InlineData("zh-Hant", "马斯克试图以974亿美元收购OpenAI，遭到拒绝[2]。", FallbackReason.WrongLanguage)] // Simplified for a Traditional asker
    [InlineData("zh-Hans", "馬斯克試圖以974億美元收購OpenAI，遭到拒絕[2]。", FallbackReason.WrongLanguage)] // Traditional for a Simplified asker
    [InlineData("en", "馬斯克試圖以974億美元收購OpenAI[2]。", FallbackReason.WrongLanguage)]
    public void Rejects(string language, string reply, FallbackReason expected)
    {
        var result = _verifier.Verify(reply, LlmTestData.Context(language));

        Assert.False(result.Passed);
        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public void A_reference_the_retrieved_events_do_not_cite_is_unknown_even_if_the_note_has_it()
    {
        // Only the bid was retrieved (refs 2 and 7); ref 4 exists in the note but not for these events.
        var context = LlmTestData.Context("en", LlmTestData.Bid);

        var result = _verifier.Verify("Musk offered $97.4 billion for OpenAI [4].", context);

        Assert.Equal(FallbackReason.UnknownReference, result.Failure);
        Assert.Equal("[4]", result.Detail);
    }

    [Fact]
    public void Rejects_text_over_the_length_limit()
    {
        var verifier = new AnswerVerifier(maxLength: 40);

        var result = verifier.Verify("Musk offered $97.4 billion for OpenAI in February 2025 [2].", LlmTestData.Context("en"));

        Assert.Equal(FallbackReason.TooLong, result.Failure);
    }

    [Fact]
    public void Default_limit_allows_1500_characters_and_no_more()
    {
        var sentence = "Musk offered $97.4 billion for OpenAI [2]. ";
        var fits = string.Concat(Enumerable.Repeat(sentence, 1500 / sentence.Length)).Trim();
        var tooLong = fits + " " + fits;

        Assert.True(_verifier.Verify(fits, LlmTestData.Context("en")).Passed);
        Assert.Equal(FallbackReason.TooLong, _verifier.Verify(tooLong, LlmTestData.Context("en")).Failure);
    }

    [Theory]
    [InlineData("<think>x</think>answer", "answer")]
    [InlineData("<THINK>\nmulti\nline\n</THINK>\nanswer", "\nanswer")]
    [InlineData("reasoning without an opening tag</think>answer", "answer")]
    [InlineData("no think at all", "no think at all")]
    public void Strips_thinking(string reply, string expected) =>
        Assert.Equal(expected, AnswerVerifier.StripThinking(reply));
}
