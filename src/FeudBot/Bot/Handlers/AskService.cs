using FeudBot.Bot.Abuse;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// Answers one question for one user, whether it came as <c>/ask</c> or as a mention: checks the
/// question, applies the user's cooldown, asks the engine, renders the answer.
/// </summary>
public sealed class AskService(IKnowledgeSource knowledge, UserCooldown cooldown, AnswerRenderer renderer, BotText text)
{
    /// <param name="userId">Whose cooldown the question counts against.</param>
    /// <param name="question">The question as typed.</param>
    /// <param name="locale">The Discord locale, or null for messages (which carry none).</param>
    /// <param name="ephemeral">Reply only to the asker (<c>private: true</c>).</param>
    public BotReply Ask(ulong userId, string? question, string? locale, bool ephemeral)
    {
        var language = ReplyLanguageResolver.Resolve(locale, question);
        var checkedQuestion = QuestionCheck.Validate(question, language, out var refusal);
        if (checkedQuestion is null) return BotReply.Notice(refusal!);

        var decision = cooldown.TryAcquire(userId);
        if (!decision.Allowed) return BotReply.Notice(text.Format(language, TextKey.CooldownReply, decision.RetryAfterSeconds));

        var hint = locale is null ? null : LocaleMapper.FromDiscordLocale(locale);
        var answer = knowledge.Current.Answerer.Ask(checkedQuestion, hint);
        return BotReply.NewMessage(renderer.Render(answer, ephemeral),
            answer.Answered ? InteractionOutcome.Answered : InteractionOutcome.Declined);
    }
}
