namespace FeudBot.Bot.Localization;

/// <summary>
/// The three languages FeudBot replies in, as the language codes the answer engine uses
/// (<see cref="FeudBot.Knowledge.Answers.Answer.Language"/>).
/// </summary>
public static class ReplyLanguage
{
    public const string TraditionalChinese = "zh-Hant";
    public const string SimplifiedChinese = "zh-Hans";
    public const string English = "en";

    /// <summary>Every reply language, in the order the bot lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [TraditionalChinese, SimplifiedChinese, English];

    /// <summary>True for one of the three codes above (exact, case-sensitive as the engine writes them).</summary>
    public static bool IsKnown(string? code) => code is TraditionalChinese or SimplifiedChinese or English;
}
