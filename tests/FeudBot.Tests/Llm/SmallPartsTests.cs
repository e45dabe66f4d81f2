using FeudBot.Knowledge.Model;
using FeudBot.Llm;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Tests.Llm;

public sealed class SmallPartsTests
{
    [Fact]
    public void Citation_markers_become_links_from_our_table()
    {
        var text = CitationLinker.Link("馬斯克出價974億美元[2]。未知[9]。", LlmTestData.References);

        Assert.Equal("馬斯克出價974億美元[[2]](<https://www.techrepublic.com/article/news-elon-musk-sam-altman-relationship-timeline/>)。未知[9]。", text);
    }

    [Fact]
    public void Quota_slides_over_an_hour_per_user()
    {
        var time = new FakeTimeProvider();
        var quota = new ModelQuota(2, time);

        Assert.True(quota.TryAcquire("u"));
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(quota.TryAcquire("u"));
        Assert.False(quota.TryAcquire("u"));
        Assert.True(quota.TryAcquire("v"));
        Assert.True(quota.TryAcquire(null)); // the CLI has no user and no quota
        time.Advance(TimeSpan.FromMinutes(30)); // the first call leaves the window
        Assert.True(quota.TryAcquire("u"));
        Assert.False(quota.TryAcquire("u"));
    }

    [Fact]
    public async Task Null_summarizer_serves_the_extractive_answer_as_disabled()
    {
        var request = LlmTestData.Request("出價多少？");

        var result = await NullSummarizer.Instance.SummarizeAsync(request, CancellationToken.None);

        Assert.False(NullSummarizer.Instance.IsEnabled);
        Assert.Equal("extractive", result.Generator);
        Assert.Equal(FallbackReason.Disabled, result.Fallback);
        Assert.Equal("disabled", result.FallbackCode);
        Assert.Equal(request.Fallback.Text, result.Text);
        Assert.True(result.Answered);
    }

    [Fact]
    public async Task Null_summarizer_span_is_the_notes_summary_and_the_titles_in_the_asked_language()
    {
        var request = new SpanSummaryRequest("en", [LlmTestData.Founding, LlmTestData.Bid], LlmTestData.References, LlmTestData.AsOf, null);

        var result = await NullSummarizer.Instance.SummarizeSpanAsync(request, CancellationToken.None);

        Assert.Equal("- 2015: Co-founding OpenAI\n- 2025-02: Musk's bid for OpenAI", result.Text);
        Assert.Equal([1, 2, 7], result.Citations.Select(c => c.Number));
    }

    [Fact]
    public void Zh_Hans_prompt_uses_the_closest_text_when_no_simplified_note_exists()
    {
        var context = LlmTestData.Context("zh-Hans", LlmTestData.Bid);

        var passage = Assert.Single(context.Passages);
        Assert.Equal("p9", passage.Id); // the zh-Hant passage, not the English one
    }

    [Fact]
    public void Events_without_citations_allow_every_listed_reference()
    {
        var bare = LlmTestData.Bid with { Citations = [] };

        var context = GroundingContext.Create("en", [bare], LlmTestData.References, LlmTestData.AsOf);

        Assert.Equal(Enumerable.Range(1, 7), context.AllowedReferences.Keys.Order());
    }

    [Fact]
    public void A_request_is_built_from_the_extractive_answer()
    {
        var answer = LlmTestData.ExtractiveAnswer("出價多少？", "zh-Hant", LlmTestData.Bid);

        var request = SummaryRequest.FromAnswer(answer, LlmTestData.References, "user-1", LlmTestData.Glossary);

        Assert.Equal(("出價多少？", "zh-Hant", "user-1"), (request.Question, request.Language, request.UserId));
        Assert.Same(answer, request.Fallback);
        Assert.Equal(answer.Events, request.Events);
        Assert.Equal(LlmTestData.AsOf, request.AsOf);
        Assert.Same(LlmTestData.Glossary, request.Glossary);
    }

    [Fact]
    public void Summary_result_codes_are_snake_case() =>
        Assert.Equal("unsupported_number", new SummaryResult("extractive", "en", true, "t", Array.Empty<Reference>(), FallbackReason.UnsupportedNumber).FallbackCode);
}
