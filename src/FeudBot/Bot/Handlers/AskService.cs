using System.Globalization;
using FeudBot.Bot.Abuse;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;
using FeudBot.Knowledge.Answers;
using FeudBot.Llm;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// Answers one question for one user, whether it came as <c>/ask</c> or as a mention: checks the
/// question, applies the user's cooldown, asks the engine, renders the answer.
/// </summary>
public sealed class AskService(
    IKnowledgeSource knowledge,
    UserCooldown cooldown,
    AnswerRenderer renderer,
    DisplayText display,
    IGroundedSummarizer summarizer,
    BotText text,
    ReplyCache cache,
    AnswerThreads engine)
{
    /// <summary>
    /// The reply when it needs no answer engine: a cached answer (after the user's cooldown, as for any answer), or a
    /// refusal of the question itself. Null when the engine or the model must answer: then call <see cref="AskAsync"/>,
    /// which has not been charged for this call. Never blocks.
    /// </summary>
    public BotReply? TryAskInstantly(ulong userId, string? question, string? locale, bool ephemeral)
    {
        if (summarizer.IsEnabled) return null;
        if (Check(question, locale, out var language, out var hint, out var refusal) is not { } checkedQuestion) return refusal;
        if (cache.Find(knowledge.Current, checkedQuestion, hint, ephemeral) is not { } cached) return null;
        var decision = cooldown.TryAcquire(userId);
        return decision.Allowed ? cached : CooldownNotice(language, decision);
    }

    /// <summary>True when answers go through the language model: slow, so /ask defers at once.</summary>
    public bool UsesModel => summarizer.IsEnabled;

    /// <param name="userId">Whose cooldown the question counts against.</param>
    /// <param name="question">The question as typed.</param>
    /// <param name="locale">The Discord locale, or null for messages (which carry none).</param>
    /// <param name="ephemeral">Reply only to the asker (<c>private: true</c>).</param>
    /// <param name="cancellationToken">Cancels a model call (the extractive answer needs none).</param>
    public async ValueTask<BotReply> AskAsync(ulong userId, string? question, string? locale, bool ephemeral, CancellationToken cancellationToken)
    {
        if (Check(question, locale, out var language, out var hint, out var refusal) is not { } checkedQuestion) return refusal!;
        var decision = cooldown.TryAcquire(userId);
        if (!decision.Allowed) return CooldownNotice(language, decision);

        var state = knowledge.Current;
        var extractiveOnly = !summarizer.IsEnabled;
        if (extractiveOnly && cache.Find(state, checkedQuestion, hint, ephemeral) is { } cached) return cached;

        // Extractive: one engine call per distinct question in flight, however many ask it at once.
        if (extractiveOnly) return await cache.MakeOnceAsync(state, checkedQuestion, hint, ephemeral, () => ExtractiveAsync(state, checkedQuestion, hint, ephemeral)).ConfigureAwait(false);

        var answer = await engine.AskAsync(state.Answerer, checkedQuestion, hint).ConfigureAwait(false);
        if (!answer.Answered) return Extractive(answer, ephemeral);

        // The model only rephrases what retrieval found, is checked in code, and falls back to the
        // extractive answer on any trouble (issue 6); a decline never reaches it.
        var references = display.References(state.Snapshot.Primary, answer.Language);
        var request = SummaryRequest.FromAnswer(answer, references, userId.ToString(CultureInfo.InvariantCulture), state.Snapshot.Glossary);
        var summary = await summarizer.SummarizeAsync(request, cancellationToken).ConfigureAwait(false);
        return BotReply.NewMessage(renderer.Render(answer, summary, ephemeral), InteractionOutcome.Answered);
    }

    private async Task<BotReply> ExtractiveAsync(KnowledgeState state, string question, string? hint, bool ephemeral) =>
        Extractive(await engine.AskAsync(state.Answerer, question, hint).ConfigureAwait(false), ephemeral);

    /// <summary>The engine's own answer (or decline) rendered, without the model.</summary>
    private BotReply Extractive(Answer answer, bool ephemeral) =>
        BotReply.NewMessage(renderer.Render(answer, ephemeral), answer.Answered ? InteractionOutcome.Answered : InteractionOutcome.Declined);

    /// <summary>The question as the engine and the cache take it (trimmed), or null with the refusal to send instead.</summary>
    /// <param name="question">The question as typed.</param>
    /// <param name="locale">The Discord locale, or null.</param>
    /// <param name="language">The reply's language.</param>
    /// <param name="hint">The locale's language, for the engine (null without a locale).</param>
    /// <param name="refusal">Set when the question is refused (empty, too long).</param>
    private static string? Check(string? question, string? locale, out string language, out string? hint, out BotReply? refusal)
    {
        language = ReplyLanguageResolver.Resolve(locale, question);
        hint = locale is null ? null : LocaleMapper.FromDiscordLocale(locale);
        var checkedQuestion = QuestionCheck.Validate(question, language, out var why);
        refusal = checkedQuestion is null ? BotReply.Notice(why!) : null;
        return checkedQuestion;
    }

    private BotReply CooldownNotice(string language, CooldownDecision decision) =>
        BotReply.Notice(text.Format(language, TextKey.CooldownReply, decision.RetryAfterSeconds));
}
