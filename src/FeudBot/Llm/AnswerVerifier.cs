using System.Text;
using System.Text.RegularExpressions;
using FeudBot.Knowledge.Text;

namespace FeudBot.Llm;

/// <summary>
/// Checks a model reply against the note before anything is shown (issue 6, "verification in code"):
/// think blocks stripped; <c>NOT_IN_NOTE</c> → decline; no links; no echo of the prompt; no mentions; within the length limit;
/// in the requested language and script; every sentence cites at least one <c>[n]</c>, every n is one of
/// the retrieved events' references; every number and quoted name of a sentence occurs in the passages
/// its markers cite (any language; quoted names also through the glossary). Pure and thread-safe.
/// </summary>
public sealed partial class AnswerVerifier
{
    /// <summary>The default length limit: well under Discord's 2,000-character message and 4,096 embed limits.</summary>
    public const int DefaultMaxLength = 1500;

    /// <summary>The exact reply the prompt asks for when the passages do not answer.</summary>
    public const string NotInNote = "NOT_IN_NOTE";

    // Pieces of our own prompt: a reply that repeats them is echoing instructions, not answering.
    private static readonly string[] s_promptFragments =
        ["<passage", "</passage", "<references", "</references", "<question", "</question", "<topic", "</topic", "untrusted user", "feudbot's writer", "rules:"];

    private readonly int _maxLength;

    public AnswerVerifier(int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        _maxLength = maxLength;
    }

    // Reasoning models (vLLM, Ollama's deepseek-r1/qwen3) put their chain of thought in <think> blocks;
    // an unclosed block runs to the end, and a lone </think> means the opening tag was eaten.
    [GeneratedRegex(@"<think>.*?(</think>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"https?:|www\.|\]\(|<[a-z][a-z0-9+.-]*:|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|ai|co|gov|edu|news|info|me|app|dev|tv|ly|gg|uk|cn|tw|hk|jp|de|fr|xyz|site|link)\b(/|\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"@(everyone|here)\b|<@[!&]?\d+>|<#\d+>|<@&?\w*>|@\s*(everyone|here)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    /// <summary>Checks <paramref name="reply"/> (the raw model text) against <paramref name="context"/>.</summary>
    public VerificationResult Verify(string reply, GroundingContext context)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);

        var text = StripThinking(reply).Trim();
        if (text.Length == 0)
            return VerificationResult.Fail(FallbackReason.Empty);
        if (text.Contains(NotInNote, StringComparison.OrdinalIgnoreCase))
            return VerificationResult.Fail(FallbackReason.NotInNote);
        if (text.Length > _maxLength)
            return VerificationResult.Fail(FallbackReason.TooLong, $"{text.Length} > {_maxLength} characters");

        // Full-width letters, digits and brackets (＠ｅｖｅｒｙｏｎｅ, ２０２５, ［１］) are checked as their ASCII selves.
        var normalized = text.Normalize(NormalizationForm.FormKC);
        if (LinkPattern().Match(normalized) is { Success: true } link)
            return VerificationResult.Fail(FallbackReason.Link, link.Value);
        if (s_promptFragments.FirstOrDefault(f => normalized.Contains(f, StringComparison.OrdinalIgnoreCase)) is { } leak)
            return VerificationResult.Fail(FallbackReason.PromptLeak, leak);
        if (MentionPattern().Match(normalized) is { Success: true } mention)
            return VerificationResult.Fail(FallbackReason.Mention, mention.Value);
        if (LanguageProblem(normalized, context.Language) is { } languageProblem)
            return VerificationResult.Fail(FallbackReason.WrongLanguage, languageProblem);

        var sentences = SentenceSplitter.Split(normalized, SentenceSplitOptions.ModelText);
        if (sentences.Count == 0)
            return VerificationResult.Fail(FallbackReason.Empty);

        var cited = new SortedSet<int>();
        foreach (var sentence in sentences)
        {
            var numbers = CitationMarkers.Numbers(sentence);
            if (numbers.Count == 0)
                return VerificationResult.Fail(FallbackReason.UncitedSentence, Excerpt(sentence));
            foreach (var n in numbers)
            {
                if (!context.AllowedReferences.ContainsKey(n))
                    return VerificationResult.Fail(FallbackReason.UnknownReference, $"[{n}]");
                cited.Add(n);
            }

            var body = CitationMarkers.Remove(sentence);
            foreach (var fact in FactExtractor.Numbers(body))
            {
                if (!context.SupportsNumber(numbers, fact.Value))
                    return VerificationResult.Fail(FallbackReason.UnsupportedNumber, $"{fact.Written} in \"{Excerpt(sentence)}\"");
            }
            foreach (var quote in FactExtractor.Quotes(body))
            {
                if (!QuoteIsSupported(quote, numbers, context))
                    return VerificationResult.Fail(FallbackReason.UnsupportedQuote, quote);
            }
        }

        return new VerificationResult(true, text, cited.ToArray(), null, null);
    }

    /// <summary>Removes <c>&lt;think&gt;…&lt;/think&gt;</c> blocks and anything before a lone <c>&lt;/think&gt;</c>.</summary>
    public static string StripThinking(string reply)
    {
        var text = ThinkBlock().Replace(reply, "");
        var close = text.LastIndexOf("</think>", StringComparison.OrdinalIgnoreCase);
        return close >= 0 ? text[(close + "</think>".Length)..] : text;
    }

    private static bool QuoteIsSupported(string quote, List<int> cited, GroundingContext context)
    {
        var folded = context.Fold(quote);
        if (folded.Length == 0 || context.SupportsText(cited, folded))
            return true;
        // A name quoted in another language than the passage: accept it when the glossary knows it and
        // one of its spellings is in the cited passages.
        foreach (var entry in context.Glossary.Entries)
        {
            var spellings = entry.Names.Values.Concat(entry.Aliases).Select(context.Fold).Where(s => s.Length > 0).ToList();
            if (spellings.Contains(folded, StringComparer.Ordinal) && spellings.Any(s => context.SupportsText(cited, s)))
                return true;
        }
        return false;
    }

    /// <summary>Null when the text is in <paramref name="language"/>, else what is wrong.</summary>
    internal static string? LanguageProblem(string text, string language)
    {
        // Quoted names may keep their original script; judge the prose around them.
        var prose = FactExtractor.WithoutQuotes(CitationMarkers.Remove(text));
        int han = 0, latin = 0;
        foreach (var c in prose)
        {
            if (ChineseScript.IsHan(c)) han++;
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
        }
        var letters = han + latin;
        if (letters == 0)
            return "no letters";
        if (language == "en")
            return han * 10 > letters ? $"{han} Han characters in an English answer" : null;

        // Chinese answers carry Latin names (xAI, Grok, OpenAI, ChatGPT), so the bar is a share, not all.
        if (han * 10 < letters * 4)
            return $"only {han} of {letters} letters are Chinese";
        var (trad, simp) = ChineseScript.CountScriptMarkers(prose);
        return language switch
        {
            "zh-Hant" when simp > trad => $"Simplified script ({simp} Simplified-only vs {trad} Traditional-only characters)",
            "zh-Hans" when trad > simp => $"Traditional script ({trad} Traditional-only vs {simp} Simplified-only characters)",
            _ => null,
        };
    }

    private static string Excerpt(string sentence) => sentence.Length <= 60 ? sentence : sentence[..60] + "…";
}
